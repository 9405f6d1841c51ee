namespace Infra.Cli.Graph;

/// <summary>An arrow from one node to another.</summary>
/// <param name="From">The source node id (the dependency or the parent).</param>
/// <param name="To">The target node id (the dependent or the child).</param>
/// <param name="Kind">Dependency or parent.</param>
internal sealed record GraphEdge(string From, string To, GraphEdgeKind Kind);
