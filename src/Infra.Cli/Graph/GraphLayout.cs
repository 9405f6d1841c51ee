namespace Infra.Cli.Graph;

/// <summary>Where every node and cluster of a <see cref="ResourceGraph"/> is drawn.</summary>
/// <param name="Width">The drawing's width.</param>
/// <param name="Height">The drawing's height.</param>
/// <param name="Nodes">Node boxes by node id.</param>
/// <param name="Clusters">Cluster boxes by cluster id.</param>
internal sealed record GraphLayout(int Width, int Height, IReadOnlyDictionary<string, LayoutBox> Nodes, IReadOnlyDictionary<string, LayoutBox> Clusters);
