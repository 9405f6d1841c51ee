namespace Infra.Cli.Graph;

/// <summary>
/// A small layered (Sugiyama-style) layout: each cluster is laid out on its own, bottom up, and then placed as one
/// big item in its parent's layers. Per scope: edges are lifted to the items of that scope, back edges of cycles are
/// ignored, items get longest-path layers (dependencies above dependents), and a few barycentric sweeps order each
/// layer. Text is measured by character count, so the result is the same on every machine.
/// </summary>
internal sealed class LayeredLayout
{
    private const int Sweeps = 4;

    private readonly ResourceGraph _graph;
    private readonly Dictionary<string, string?> _clusterParent;
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly Dictionary<string, LayoutBox> _relative = new(StringComparer.Ordinal);

    private LayeredLayout(ResourceGraph graph)
    {
        _graph = graph;
        _clusterParent = graph.Clusters.ToDictionary(c => c.Id, c => c.ParentId, StringComparer.Ordinal);
        _nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    /// <summary>Lays out a graph.</summary>
    public static GraphLayout Compute(ResourceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new LayeredLayout(graph).Run();
    }

    /// <summary>The width of a node's box.</summary>
    public static int NodeWidth(GraphNode node) =>
        Math.Max(LayoutMetrics.MinNodeWidth, (2 * LayoutMetrics.NodePadding) + LayoutMetrics.TextWidth(node.Name.Length >= node.ShortType.Length ? node.Name : node.ShortType));

    private GraphLayout Run()
    {
        var (width, height) = LayoutScope(null);
        var nodes = new Dictionary<string, LayoutBox>(StringComparer.Ordinal);
        var clusters = new Dictionary<string, LayoutBox>(StringComparer.Ordinal);
        Place(null, LayoutMetrics.Margin, LayoutMetrics.Margin, nodes, clusters);
        return new GraphLayout(width + (2 * LayoutMetrics.Margin), height + (2 * LayoutMetrics.Margin), nodes, clusters);
    }

    /// <summary>Turns scope-relative boxes into absolute ones.</summary>
    private void Place(string? scope, int originX, int originY, Dictionary<string, LayoutBox> nodes, Dictionary<string, LayoutBox> clusters)
    {
        foreach (var node in _graph.NodesIn(scope))
        {
            nodes[node.Id] = _relative[node.Id].Offset(originX, originY);
        }
        foreach (var cluster in _graph.ClustersIn(scope))
        {
            var box = _relative[cluster.Id].Offset(originX, originY);
            clusters[cluster.Id] = box;
            Place(cluster.Id, box.X + LayoutMetrics.ClusterPadding, box.Y + LayoutMetrics.ClusterTitle + LayoutMetrics.ClusterPadding, nodes, clusters);
        }
    }

    /// <summary>Lays out the items directly in <paramref name="scope"/>; returns the size of its content.</summary>
    private (int Width, int Height) LayoutScope(string? scope)
    {
        var items = new List<(string Id, string Key, int Width, int Height)>();
        foreach (var node in _graph.NodesIn(scope))
        {
            items.Add((node.Id, node.Urn, NodeWidth(node), LayoutMetrics.NodeHeight));
        }
        foreach (var cluster in _graph.ClustersIn(scope))
        {
            var (innerWidth, innerHeight) = LayoutScope(cluster.Id);
            var width = Math.Max(innerWidth, LayoutMetrics.TextWidth(cluster.Label)) + (2 * LayoutMetrics.ClusterPadding);
            var height = innerHeight + LayoutMetrics.ClusterTitle + (2 * LayoutMetrics.ClusterPadding);
            items.Add((cluster.Id, cluster.Urn, width, height));
        }
        items.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        if (items.Count == 0)
        {
            return (0, 0);
        }

        var index = items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var edges = _graph.Edges
            .Select(e => (From: ItemIn(e.From, scope), To: ItemIn(e.To, scope)))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .Select(e => (From: index[e.From!], To: index[e.To!]))
            .Distinct()
            .ToList();
        var kept = WithoutBackEdges(items.Count, edges);
        var layerOf = LongestPathLayers(items.Count, kept);
        var layers = Enumerable.Range(0, layerOf.Max() + 1)
            .Select(l => Enumerable.Range(0, items.Count).Where(i => layerOf[i] == l).ToList())
            .ToList();
        OrderByBarycenters(layers, kept);

        var layerWidths = layers.Select(l => l.Sum(i => items[i].Width) + (LayoutMetrics.ItemGap * (l.Count - 1))).ToList();
        var contentWidth = layerWidths.Max();
        var y = 0;
        for (var l = 0; l < layers.Count; l++)
        {
            var x = (contentWidth - layerWidths[l]) / 2;
            foreach (var i in layers[l])
            {
                _relative[items[i].Id] = new LayoutBox(x, y, items[i].Width, items[i].Height);
                x += items[i].Width + LayoutMetrics.ItemGap;
            }
            y += layers[l].Max(i => items[i].Height) + (l < layers.Count - 1 ? LayoutMetrics.LayerGap : 0);
        }
        return (contentWidth, y);
    }

    /// <summary>The item of <paramref name="scope"/> that holds node <paramref name="nodeId"/>: the node itself or an enclosing cluster.</summary>
    private string? ItemIn(string nodeId, string? scope)
    {
        var node = _nodes[nodeId];
        if (node.ClusterId == scope)
        {
            return node.Id;
        }
        for (var cluster = node.ClusterId; cluster is not null; cluster = _clusterParent[cluster])
        {
            if (_clusterParent[cluster] == scope)
            {
                return cluster;
            }
        }
        return null;
    }

    /// <summary>Drops the edges that close a cycle, found by a depth-first search in item order.</summary>
    private static List<(int From, int To)> WithoutBackEdges(int count, List<(int From, int To)> edges)
    {
        var outgoing = Enumerable.Range(0, count).Select(i => edges.Where(e => e.From == i).Select(e => e.To).Order().ToList()).ToList();
        var state = new int[count];
        var back = new HashSet<(int, int)>();
        for (var start = 0; start < count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }
            var stack = new Stack<(int Item, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (item, next) = stack.Pop();
                if (next < outgoing[item].Count)
                {
                    stack.Push((item, next + 1));
                    var target = outgoing[item][next];
                    if (state[target] == 1)
                    {
                        back.Add((item, target));
                    }
                    else if (state[target] == 0)
                    {
                        state[target] = 1;
                        stack.Push((target, 0));
                    }
                }
                else
                {
                    state[item] = 2;
                }
            }
        }
        return edges.Where(e => !back.Contains(e)).ToList();
    }

    /// <summary>Each item's layer: one below its lowest dependency (sources at layer 0).</summary>
    private static int[] LongestPathLayers(int count, List<(int From, int To)> edges)
    {
        var layer = new int[count];
        var indegree = new int[count];
        foreach (var (_, to) in edges)
        {
            indegree[to]++;
        }
        var ready = new Queue<int>(Enumerable.Range(0, count).Where(i => indegree[i] == 0));
        while (ready.Count > 0)
        {
            var item = ready.Dequeue();
            foreach (var (_, to) in edges.Where(e => e.From == item))
            {
                layer[to] = Math.Max(layer[to], layer[item] + 1);
                if (--indegree[to] == 0)
                {
                    ready.Enqueue(to);
                }
            }
        }
        return layer;
    }

    /// <summary>Sweeps down and up, sorting each layer by the mean position of its neighbours in the other layers.</summary>
    private static void OrderByBarycenters(List<List<int>> layers, List<(int From, int To)> edges)
    {
        var position = new Dictionary<int, double>();
        void Measure()
        {
            foreach (var layer in layers)
            {
                for (var i = 0; i < layer.Count; i++)
                {
                    position[layer[i]] = i - ((layer.Count - 1) / 2.0);
                }
            }
        }

        Measure();
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            var order = down ? Enumerable.Range(1, layers.Count - 1) : Enumerable.Range(0, layers.Count - 1).Reverse();
            foreach (var l in order)
            {
                var keys = layers[l].ToDictionary(item => item, item =>
                {
                    var neighbours = down
                        ? edges.Where(e => e.To == item).Select(e => e.From)
                        : edges.Where(e => e.From == item).Select(e => e.To);
                    var values = neighbours.Select(n => position[n]).ToList();
                    return values.Count == 0 ? position[item] : values.Average();
                });
                layers[l] = layers[l].OrderBy(item => keys[item]).ToList();
                for (var i = 0; i < layers[l].Count; i++)
                {
                    position[layers[l][i]] = i - ((layers[l].Count - 1) / 2.0);
                }
            }
        }
    }
}
