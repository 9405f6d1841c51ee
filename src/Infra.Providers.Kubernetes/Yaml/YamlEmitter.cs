using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Yaml;

/// <summary>
/// Deterministic block-style YAML writer over <see cref="JsonNode"/>: mapping keys sorted
/// ordinally, sequences kept in order, two-space indentation, kubectl's compact sequence style.
/// </summary>
internal static class YamlEmitter
{
    /// <summary>Renders one YAML document (no leading <c>---</c>) ending in a newline.</summary>
    public static string Emit(JsonNode? root)
    {
        using var output = new YamlText(2048);
        Emit(output, root);
        return output.ToString();
    }

    /// <summary>Appends one YAML document for <paramref name="root"/> to <paramref name="output"/>.</summary>
    public static void Emit(YamlText output, JsonNode? root)
    {
        switch (root)
        {
            case JsonObject { Count: > 0 } map:
                AppendMapping(output, map, 0, firstKeyInline: false);
                break;
            case JsonArray { Count: > 0 } list:
                AppendSequence(output, list, 0);
                break;
            default:
                AppendInlineValue(output, root, 0);
                break;
        }
    }

    private static void AppendMapping(YamlText output, JsonObject map, int indent, bool firstKeyInline)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var property in map)
        {
            keys[i++] = property.Key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        for (i = 0; i < keys.Length; i++)
        {
            if (i > 0 || !firstKeyInline)
            {
                output.Append(' ', indent);
            }

            YamlScalarFormatter.AppendFlow(output, keys[i]);
            output.Append(':');
            var value = map[keys[i]];
            switch (value)
            {
                case JsonObject { Count: > 0 } child:
                    output.Append('\n');
                    AppendMapping(output, child, indent + 2, firstKeyInline: false);
                    break;
                case JsonArray { Count: > 0 } list:
                    output.Append('\n');
                    AppendSequence(output, list, indent);
                    break;
                default:
                    output.Append(' ');
                    AppendInlineValue(output, value, indent + 2);
                    break;
            }
        }
    }

    private static void AppendSequence(YamlText output, JsonArray list, int indent)
    {
        foreach (var item in list)
        {
            output.Append(' ', indent).Append("- ");
            switch (item)
            {
                case JsonObject { Count: > 0 } map:
                    AppendMapping(output, map, indent + 2, firstKeyInline: true);
                    break;
                case JsonArray { Count: > 0 } nested:
                    output.Length--;
                    output.Append('\n');
                    AppendSequence(output, nested, indent + 2);
                    break;
                default:
                    AppendInlineValue(output, item, indent + 2);
                    break;
            }
        }
    }

    // Writes a scalar or an empty collection after "key: " or "- ", including the line end.
    private static void AppendInlineValue(YamlText output, JsonNode? value, int blockIndent)
    {
        switch (value)
        {
            case null:
                output.Append("null\n");
                return;
            case JsonObject:
                output.Append("{}\n");
                return;
            case JsonArray:
                output.Append("[]\n");
                return;
        }

        var scalar = value.AsValue();
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.String:
                var text = scalar.GetValue<string>();
                if (YamlScalarFormatter.PrefersLiteralBlock(text))
                {
                    YamlScalarFormatter.AppendLiteralBlock(output, text, blockIndent);
                    return;
                }

                YamlScalarFormatter.AppendFlow(output, text);
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Null:
                output.Append("null");
                break;
            default:
                output.Append(scalar.ToJsonString());
                break;
        }

        output.Append('\n');
    }
}
