using System.Collections.Immutable;

namespace Infra.Engine.State;

/// <summary>Orders resources so that parents and dependencies come before the resources that need them.</summary>
public static class StateOrdering
{
    /// <summary>A stable topological sort: the given order is kept wherever it already satisfies dependencies.</summary>
    public static ImmutableArray<ResourceState> Sort(IReadOnlyList<ResourceState> resources)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < resources.Count; i++)
        {
            if (!resources[i].PendingReplacement)
            {
                index[resources[i].Urn] = i;
            }
        }
        var placed = new bool[resources.Count];
        var visiting = new bool[resources.Count];
        var result = ImmutableArray.CreateBuilder<ResourceState>(resources.Count);
        for (var i = 0; i < resources.Count; i++)
        {
            Visit(i);
        }
        return result.MoveToImmutable();

        void Visit(int start)
        {
            // Iterative depth-first walk: a deep chain of 50k dependencies must not overflow the stack.
            var stack = new Stack<(int Node, bool Expanded)>();
            stack.Push((start, false));
            while (stack.Count > 0)
            {
                var (node, expanded) = stack.Pop();
                if (placed[node])
                {
                    continue;
                }
                if (expanded)
                {
                    placed[node] = true;
                    result.Add(resources[node]);
                    continue;
                }
                if (visiting[node])
                {
                    continue; // a cycle in recorded state: keep the given order rather than loop
                }
                visiting[node] = true;
                stack.Push((node, true));
                var resource = resources[node];
                foreach (var dependency in resource.Dependencies.Reverse().Append(resource.Parent ?? ""))
                {
                    if (index.TryGetValue(dependency, out var d) && !placed[d] && d != node)
                    {
                        stack.Push((d, false));
                    }
                }
            }
        }
    }
}
