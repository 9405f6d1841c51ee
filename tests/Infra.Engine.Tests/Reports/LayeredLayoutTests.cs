using Infra.Cli.Graph;

namespace Infra.Engine.Tests.Reports;

public sealed class LayeredLayoutTests
{
    private static GraphNode Node(int i, string? cluster = null) => new($"n{i}", $"urn:pulumi:dev::p::t::r{i:D2}", $"r{i}", "test:index:Thing", "create", cluster, true);

    private static GraphCluster Cluster(int i, string? parent = null) => new($"c{i}", $"urn:pulumi:dev::p::t:C::c{i:D2}", $"c{i}", "test:index:Group", "same", parent);

    private static GraphEdge Edge(int from, int to) => new($"n{from}", $"n{to}", GraphEdgeKind.Dependency);

    private static readonly Dictionary<string, ResourceGraph> Graphs = new(StringComparer.Ordinal)
    {
        ["empty"] = new ResourceGraph("p/dev", [], [], []),
        ["chain"] = new ResourceGraph("p/dev", [Node(0), Node(1), Node(2)], [], [Edge(0, 1), Edge(1, 2)]),
        ["cycle"] = new ResourceGraph("p/dev", [Node(0), Node(1), Node(2)], [], [Edge(0, 1), Edge(1, 2), Edge(2, 0)]),
        ["nested clusters"] = new ResourceGraph("p/dev",
            [Node(0, "c0"), Node(1, "c0"), Node(2, "c1"), Node(3, "c1"), Node(4), Node(5, "c2")],
            [Cluster(0), Cluster(1, "c0"), Cluster(2)],
            [Edge(0, 1), Edge(0, 2), Edge(2, 3), Edge(3, 4), Edge(4, 5), Edge(1, 5)]),
        ["wide fan-out"] = new ResourceGraph("p/dev",
            [.. Enumerable.Range(0, 12).Select(i => Node(i, i % 2 == 0 ? "c0" : null))],
            [Cluster(0)],
            [.. Enumerable.Range(1, 11).Select(i => Edge(0, i))]),
    };

    public static TheoryData<string> Cases => new(Graphs.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Graph_BoxesNestWithoutOverlapAndDependenciesComeFirst(string name)
    {
        var graph = Graphs[name];
        var layout = LayeredLayout.Compute(graph);

        Assert.Equal(graph.Nodes.Count, layout.Nodes.Count);
        Assert.Equal(graph.Clusters.Count, layout.Clusters.Count);
        var all = layout.Nodes.Values.Concat(layout.Clusters.Values).ToList();
        Assert.All(all, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.X + b.Width <= layout.Width && b.Bottom <= layout.Height, $"{name}: {b} outside {layout.Width}x{layout.Height}"));

        // Items of one scope never overlap, and everything sits inside its cluster.
        foreach (var scope in graph.Clusters.Select(c => (string?)c.Id).Append(null))
        {
            var boxes = graph.NodesIn(scope).Select(n => layout.Nodes[n.Id]).Concat(graph.ClustersIn(scope).Select(c => layout.Clusters[c.Id])).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(Overlap(boxes[i], boxes[j]), $"{name}: {boxes[i]} overlaps {boxes[j]}");
                }
                if (scope is not null)
                {
                    Assert.True(Inside(boxes[i], layout.Clusters[scope]), $"{name}: {boxes[i]} outside cluster {scope}");
                }
            }
        }

        // Within one scope and without cycles, a dependency is drawn above what depends on it.
        if (name != "cycle")
        {
            foreach (var edge in graph.Edges.Where(e => graph.Nodes.First(n => n.Id == e.From).ClusterId == graph.Nodes.First(n => n.Id == e.To).ClusterId))
            {
                Assert.True(layout.Nodes[edge.From].Bottom < layout.Nodes[edge.To].Y, $"{name}: {edge.From} not above {edge.To}");
            }
        }
    }

    private static bool Overlap(LayoutBox a, LayoutBox b) => a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Bottom && b.Y < a.Bottom;

    private static bool Inside(LayoutBox inner, LayoutBox outer) => inner.X >= outer.X && inner.Y >= outer.Y && inner.X + inner.Width <= outer.X + outer.Width && inner.Bottom <= outer.Bottom;
}
