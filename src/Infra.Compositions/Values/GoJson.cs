using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Compositions.Values;

/// <summary>Go's <c>json.Marshal</c> of an <c>interface{}</c> value: compact, sorted keys, HTML-escaped.</summary>
internal static class GoJson
{
    public static string Marshal(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node)
    {
        switch (GoValue.KindOf(node))
        {
            case GoKind.Nil: sb.Append("null"); break;
            case GoKind.String: WriteString(sb, GoValue.AsString(node!)); break;
            case GoKind.Bool: sb.Append(GoValue.AsBool(node!) ? "true" : "false"); break;
            case GoKind.Int or GoKind.Int64: sb.Append(GoValue.AsInt64(node!).ToString(CultureInfo.InvariantCulture)); break;
            case GoKind.Float64: sb.Append(GoFloat.FormatJson(GoValue.AsDouble(node!))); break;
            case GoKind.Slice:
                sb.Append('[');
                var first = true;
                foreach (var item in (JsonArray)node!)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default:
                sb.Append('{');
                var firstKey = true;
                foreach (var (k, v) in ((JsonObject)node!).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!firstKey) sb.Append(',');
                    firstKey = false;
                    WriteString(sb, k);
                    sb.Append(':');
                    Write(sb, v);
                }
                sb.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
