namespace Infra.Components.Ci.Validation;

/// <summary>Finds a dependency cycle in a graph given as node → nodes it depends on.</summary>
internal static class CycleFinder
{
    /// <summary>One cycle as a path that starts and ends at the same node (nodes in declaration order are tried first), or null.</summary>
    internal static IReadOnlyList<string>? Find(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> dependencies)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the stack, true: done
        var stack = new List<string>();
        foreach (var node in nodes)
        {
            if (Visit(node, dependencies, state, stack) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }

    private static IReadOnlyList<string>? Visit(string node, Func<string, IEnumerable<string>> dependencies, Dictionary<string, bool> state, List<string> stack)
    {
        if (state.TryGetValue(node, out var done))
        {
            return done ? null : [.. stack[stack.IndexOf(node)..], node];
        }
        state[node] = false;
        stack.Add(node);
        foreach (var next in dependencies(node))
        {
            if (Visit(next, dependencies, state, stack) is { } cycle)
            {
                return cycle;
            }
        }
        stack.RemoveAt(stack.Count - 1);
        state[node] = true;
        return null;
    }
}
