using System.Globalization;
using System.Text;

namespace Infra.Policy.Values;

/// <summary>Renders values as Rego term text or as JSON text (OPA's conventions).</summary>
internal static class ValueFormatter
{
    /// <summary>Rego term text, e.g. <c>{"a": [1, {2, 3}]}</c>.</summary>
    public static string ToRego(Value v)
    {
        var sb = new StringBuilder();
        WriteRego(sb, v);
        return sb.ToString();
    }

    private static void WriteRego(StringBuilder sb, Value v)
    {
        switch (v)
        {
            case NullValue: sb.Append("null"); break;
            case BoolValue b: sb.Append(b.Value ? "true" : "false"); break;
            case NumberValue n: sb.Append(n.ToJsonText()); break;
            case StringValue s: WriteJsonString(sb, s.Value, html: false); break;
            case ArrayValue a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    WriteRego(sb, a.Items[i]);
                }
                sb.Append(']');
                break;
            case SetValue s:
                if (s.Count == 0) { sb.Append("set()"); break; }
                sb.Append('{');
                for (var i = 0; i < s.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    WriteRego(sb, s.Items[i]);
                }
                sb.Append('}');
                break;
            case ObjectValue o:
                sb.Append('{');
                var first = true;
                foreach (var kv in o.Entries)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    WriteRego(sb, kv.Key);
                    sb.Append(": ");
                    WriteRego(sb, kv.Value);
                }
                sb.Append('}');
                break;
        }
    }

    /// <summary>Compact JSON text; sets become sorted arrays, non-string keys become their JSON text.</summary>
    public static string ToJson(Value v, bool html = true)
    {
        var sb = new StringBuilder();
        WriteJson(sb, v, html);
        return sb.ToString();
    }

    public static void WriteJson(StringBuilder sb, Value v, bool html)
    {
        switch (v)
        {
            case NullValue: sb.Append("null"); break;
            case BoolValue b: sb.Append(b.Value ? "true" : "false"); break;
            case NumberValue n: sb.Append(n.ToJsonText()); break;
            case StringValue s: WriteJsonString(sb, s.Value, html); break;
            case ArrayValue a: WriteJsonArray(sb, a.Items, html); break;
            case SetValue s: WriteJsonArray(sb, s.Items, html); break;
            case ObjectValue o:
                sb.Append('{');
                var entries = o.Entries.Select(kv => (Key: KeyText(kv.Key), kv.Value))
                    .OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                for (var i = 0; i < entries.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteJsonString(sb, entries[i].Key, html);
                    sb.Append(':');
                    WriteJson(sb, entries[i].Value, html);
                }
                sb.Append('}');
                break;
        }
    }

    /// <summary>The string used for an object key in JSON output.</summary>
    public static string KeyText(Value key) => key is StringValue s ? s.Value : ToJson(key, html: false);

    private static void WriteJsonArray(StringBuilder sb, IReadOnlyList<Value> items, bool html)
    {
        sb.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(',');
            WriteJson(sb, items[i], html);
        }
        sb.Append(']');
    }

    /// <summary>Writes a JSON string literal with Go's escaping rules.</summary>
    public static void WriteJsonString(StringBuilder sb, string s, bool html)
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
                case '<' or '>' or '&' when html:
                    sb.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default:
                    if (c < 0x20) sb.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
