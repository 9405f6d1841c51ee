namespace Infra.Cli.Graph;

/// <summary>A stack's resources as nodes in nested component clusters, with dependency and parent edges.</summary>
/// <param name="Title">What the graph shows (<c>platform/dev</c>).</param>
/// <param name="Nodes">Resources in URN order.</param>
/// <param name="Clusters">Components in URN order (a parent before its children).</param>
/// <param name="Edges">Edges, ordered by source then target.</param>
internal sealed record ResourceGraph(string Title, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphCluster> Clusters, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The nodes directly in <paramref name="clusterId"/> (null: the top level).</summary>
    public IEnumerable<GraphNode> NodesIn(string? clusterId) => Nodes.Where(n => n.ClusterId == clusterId);

    /// <summary>The clusters directly in <paramref name="clusterId"/> (null: the top level).</summary>
    public IEnumerable<GraphCluster> ClustersIn(string? clusterId) => Clusters.Where(c => c.ParentId == clusterId);
}
