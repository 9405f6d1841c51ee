using System.Text;

namespace Infra.Cli.Graph;

/// <summary>Writes a <see cref="ResourceGraph"/> in Graphviz DOT: clusters as <c>subgraph cluster_*</c>, kinds as fill colours.</summary>
internal static class DotWriter
{
    public static string Write(ResourceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(Quote(graph.Title)).Append(" {\n");
        dot.Append("  rankdir=TB;\n");
        dot.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
        dot.Append("  edge [color=\"#8c959f\"];\n");
        WriteScope(dot, graph, null, "  ");
        foreach (var edge in graph.Edges)
        {
            dot.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To);
            dot.Append(edge.Kind == GraphEdgeKind.Parent ? " [style=dashed, arrowhead=odiamond];\n" : ";\n");
        }
        dot.Append("}\n");
        return dot.ToString();
    }

    private static void WriteScope(StringBuilder dot, ResourceGraph graph, string? scope, string indent)
    {
        foreach (var cluster in graph.ClustersIn(scope))
        {
            dot.Append(indent).Append("subgraph cluster_").Append(cluster.Id).Append(" {\n");
            dot.Append(indent).Append("  label=").Append(Quote(cluster.Label)).Append(";\n");
            dot.Append(indent).Append("  style=\"rounded,dashed\"; color=\"#8c959f\"; fontname=\"Helvetica\"; fontsize=12;\n");
            WriteScope(dot, graph, cluster.Id, indent + "  ");
            dot.Append(indent).Append("}\n");
        }
        foreach (var node in graph.NodesIn(scope))
        {
            dot.Append(indent).Append(node.Id)
                .Append(" [label=").Append(Quote($"{node.Name}\n{node.ShortType}"))
                .Append(", tooltip=").Append(Quote($"{node.Kind}: {node.Urn}"))
                .Append(", fillcolor=\"").Append(StepPalette.Fill(node.Kind))
                .Append("\", color=\"").Append(StepPalette.Stroke(node.Kind)).Append('"')
                .Append(node.Custom ? "" : ", style=\"rounded,filled,dashed\"")
                .Append("];\n");
        }
    }

    /// <summary>A DOT double-quoted string; newlines become <c>\n</c> (a centred line break).</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
