using Infra.Engine.Planning;

namespace Infra.Cli.Graph;

/// <summary>Builds the <see cref="ResourceGraph"/> of a plan: components become clusters, resources nodes.</summary>
internal static class ResourceGraphBuilder
{

    /// <summary>The kind shown for a resource with several steps (a replace and the deletion of its old copy).</summary>
    private static readonly string[] KindPriority = ["replace", "create", "update", "delete", "delete-replaced", "read", "refresh", "same"];

    public static ResourceGraph FromPlan(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var steps = plan.Steps
            .GroupBy(s => s.Urn, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => Priority(s.Kind)).First())
            .OrderBy(s => s.Urn, StringComparer.Ordinal)
            .ToList();
        var byUrn = steps.ToDictionary(s => s.Urn, StringComparer.Ordinal);
        var parentOf = steps.ToDictionary(s => s.Urn, s => s.Parent is { } p && byUrn.TryGetValue(p, out var parent) && parent.Type != Urn.StackType ? p : null, StringComparer.Ordinal);

        // A component is a cluster when some resource sits below it; an empty one is drawn as a node.
        var hasResourceBelow = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in steps.Where(s => s.Custom))
        {
            for (var up = parentOf[step.Urn]; up is not null; up = parentOf[up])
            {
                hasResourceBelow.Add(up);
            }
        }
        var clusterSteps = steps.Where(s => !s.Custom && s.Type != Urn.StackType && hasResourceBelow.Contains(s.Urn)).ToList();
        var clusterIds = clusterSteps.Select((s, i) => (s.Urn, Id: $"c{i}")).ToDictionary(p => p.Urn, p => p.Id, StringComparer.Ordinal);
        var nodeSteps = steps.Where(s => s.Type != Urn.StackType && !clusterIds.ContainsKey(s.Urn)).ToList();
        var nodeIds = nodeSteps.Select((s, i) => (s.Urn, Id: $"n{i}")).ToDictionary(p => p.Urn, p => p.Id, StringComparer.Ordinal);

        string? EnclosingCluster(string urn)
        {
            for (var up = parentOf[urn]; up is not null; up = parentOf[up])
            {
                if (clusterIds.TryGetValue(up, out var id))
                {
                    return id;
                }
            }
            return null;
        }

        var clusters = clusterSteps.Select(s => new GraphCluster(clusterIds[s.Urn], s.Urn, s.Name, s.Type, s.Kind, EnclosingCluster(s.Urn))).ToList();
        var nodes = nodeSteps.Select(s => new GraphNode(nodeIds[s.Urn], s.Urn, s.Name, s.Type, s.Kind, EnclosingCluster(s.Urn), s.Custom)).ToList();

        // An edge to a component points at its first resource in URN order, so every writer has a node to aim at.
        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in nodeSteps)
        {
            for (var up = parentOf[node.Urn]; up is not null; up = parentOf[up])
            {
                representative.TryAdd(up, nodeIds[node.Urn]);
            }
        }
        string? Target(string urn) => nodeIds.TryGetValue(urn, out var id) ? id : representative.GetValueOrDefault(urn);

        var edges = new HashSet<GraphEdge>();
        foreach (var step in nodeSteps)
        {
            var to = nodeIds[step.Urn];
            foreach (var dependency in step.Dependencies)
            {
                if (Target(dependency) is { } from && from != to)
                {
                    edges.Add(new GraphEdge(from, to, GraphEdgeKind.Dependency));
                }
            }
            if (parentOf[step.Urn] is { } parent && nodeIds.TryGetValue(parent, out var parentNode))
            {
                edges.Add(new GraphEdge(parentNode, to, GraphEdgeKind.Parent));
            }
        }
        var ordered = edges.OrderBy(e => Index(e.From)).ThenBy(e => Index(e.To)).ThenBy(e => e.Kind).ToList();
        return new ResourceGraph($"{plan.Project}/{plan.Stack}", nodes, clusters, ordered);
    }

    private static int Priority(string kind)
    {
        var index = Array.IndexOf(KindPriority, kind);
        return index < 0 ? KindPriority.Length : index;
    }

    private static int Index(string id) => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
