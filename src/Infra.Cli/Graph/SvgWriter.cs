using System.Globalization;
using System.Text;

namespace Infra.Cli.Graph;

/// <summary>
/// Draws a <see cref="ResourceGraph"/> as a standalone SVG with <see cref="LayeredLayout"/>: no Graphviz, no
/// scripts, no external fonts; a legend of step kinds at the bottom.
/// </summary>
internal static class SvgWriter
{
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
    private const int LegendHeight = 36;

    public static string Write(ResourceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var layout = LayeredLayout.Compute(graph);
        var legendWidth = LegendWidth();
        var width = Math.Max(layout.Width, legendWidth + (2 * LayoutMetrics.Margin));
        var height = layout.Height + LegendHeight;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FontFamily}\" font-size=\"{LayoutMetrics.FontSize}\">\n"));
        svg.Append("<title>").Append(Xml.Escape($"Resource graph of {graph.Title}")).Append("</title>\n");
        svg.Append("<defs><marker id=\"infra-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8c959f\"/></marker></defs>\n");
        svg.Append(Invariant($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"));
        foreach (var cluster in graph.Clusters.OrderBy(c => Depth(graph, c)).ThenBy(c => c.Urn, StringComparer.Ordinal))
        {
            var box = layout.Clusters[cluster.Id];
            svg.Append("<g class=\"cluster\">");
            svg.Append(Invariant($"<rect x=\"{box.X}\" y=\"{box.Y}\" width=\"{box.Width}\" height=\"{box.Height}\" rx=\"8\" fill=\"#f6f8fa\" fill-opacity=\"0.6\" stroke=\"#8c959f\" stroke-dasharray=\"5 3\"/>"));
            svg.Append(Invariant($"<text x=\"{box.X + LayoutMetrics.ClusterPadding}\" y=\"{box.Y + 18}\" font-weight=\"600\" fill=\"#424a53\">")).Append(Xml.Escape(cluster.Label)).Append("</text>");
            svg.Append("</g>\n");
        }
        foreach (var edge in graph.Edges)
        {
            var from = layout.Nodes[edge.From];
            var to = layout.Nodes[edge.To];
            var (x1, y1, x2, y2) = (from.CenterX, from.Bottom, to.CenterX, to.Y);
            var bend = Math.Max(LayoutMetrics.LayerGap / 2, Math.Abs(y2 - y1) / 2);
            var dash = edge.Kind == GraphEdgeKind.Parent ? " stroke-dasharray=\"4 3\"" : "";
            svg.Append(Invariant($"<path d=\"M{x1},{y1} C{x1},{y1 + bend} {x2},{y2 - bend} {x2},{y2}\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.2\"{dash} marker-end=\"url(#infra-arrow)\"/>\n"));
        }
        foreach (var node in graph.Nodes)
        {
            var box = layout.Nodes[node.Id];
            var dash = node.Custom ? "" : " stroke-dasharray=\"4 2\"";
            svg.Append("<g class=\"node ").Append(StepPalette.ClassName(node.Kind)).Append("\"><title>").Append(Xml.Escape($"{node.Kind}: {node.Urn}")).Append("</title>");
            svg.Append(Invariant($"<rect x=\"{box.X}\" y=\"{box.Y}\" width=\"{box.Width}\" height=\"{box.Height}\" rx=\"6\" fill=\"{StepPalette.Fill(node.Kind)}\" stroke=\"{StepPalette.Stroke(node.Kind)}\" stroke-width=\"1.5\"{dash}/>"));
            svg.Append(Invariant($"<text x=\"{box.CenterX}\" y=\"{box.Y + 19}\" text-anchor=\"middle\" fill=\"#1f2328\">")).Append(Xml.Escape(node.Name)).Append("</text>");
            svg.Append(Invariant($"<text x=\"{box.CenterX}\" y=\"{box.Y + 35}\" text-anchor=\"middle\" font-size=\"10\" fill=\"{StepPalette.Stroke(node.Kind)}\">")).Append(Xml.Escape(node.ShortType)).Append("</text>");
            svg.Append("</g>\n");
        }
        WriteLegend(svg, layout.Height);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteLegend(StringBuilder svg, int top)
    {
        var x = LayoutMetrics.Margin;
        var y = top + 6;
        svg.Append("<g class=\"legend\">");
        foreach (var kind in StepPalette.LegendKinds)
        {
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\" rx=\"3\" fill=\"{StepPalette.Fill(kind)}\" stroke=\"{StepPalette.Stroke(kind)}\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 20}\" y=\"{y + 11}\" fill=\"#424a53\">{kind}</text>"));
            x += LegendItemWidth(kind);
        }
        svg.Append("</g>\n");
    }

    private static int LegendItemWidth(string kind) => 20 + LayoutMetrics.TextWidth(kind) + 18;

    private static int LegendWidth() => StepPalette.LegendKinds.Sum(LegendItemWidth);

    private static int Depth(ResourceGraph graph, GraphCluster cluster)
    {
        var depth = 0;
        for (var parent = cluster.ParentId; parent is not null; parent = graph.Clusters.First(c => c.Id == parent).ParentId)
        {
            depth++;
        }
        return depth;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
