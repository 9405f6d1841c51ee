using System.Text;

namespace Infra.Cli.Graph;

/// <summary>Writes a <see cref="ResourceGraph"/> as a Mermaid flowchart (renders in GitHub and GitLab Markdown).</summary>
internal static class MermaidWriter
{
    public static string Write(ResourceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringBuilder();
        text.Append("flowchart TB\n");
        WriteScope(text, graph, null, "  ");
        foreach (var edge in graph.Edges)
        {
            text.Append("  ").Append(edge.From).Append(edge.Kind == GraphEdgeKind.Parent ? " -.-> " : " --> ").Append(edge.To).Append('\n');
        }
        foreach (var kind in graph.Nodes.Select(n => StepPalette.ClassName(n.Kind)).Distinct().Order(StringComparer.Ordinal))
        {
            text.Append("  classDef ").Append(kind).Append(" fill:").Append(StepPalette.Fill(kind)).Append(",stroke:").Append(StepPalette.Stroke(kind)).Append(",color:#1f2328\n");
        }
        foreach (var group in graph.Nodes.GroupBy(n => StepPalette.ClassName(n.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("  class ").Append(string.Join(',', group.Select(n => n.Id))).Append(' ').Append(group.Key).Append('\n');
        }
        return text.ToString();
    }

    private static void WriteScope(StringBuilder text, ResourceGraph graph, string? scope, string indent)
    {
        foreach (var cluster in graph.ClustersIn(scope))
        {
            text.Append(indent).Append("subgraph ").Append(cluster.Id).Append("[\"").Append(Escape(cluster.Label)).Append("\"]\n");
            WriteScope(text, graph, cluster.Id, indent + "  ");
            text.Append(indent).Append("end\n");
        }
        foreach (var node in graph.NodesIn(scope))
        {
            var open = node.Custom ? "[\"" : "[[\"";
            var close = node.Custom ? "\"]" : "\"]]";
            text.Append(indent).Append(node.Id).Append(open).Append(Escape(node.Name)).Append("<br/><small>").Append(Escape(node.ShortType)).Append("</small>").Append(close).Append('\n');
        }
    }

    /// <summary>Mermaid entity codes for the characters that end or confuse a quoted label.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '#' => "#35;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
