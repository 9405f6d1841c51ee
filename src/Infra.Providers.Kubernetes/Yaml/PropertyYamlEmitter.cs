using System.Text.Json.Nodes;
using Infra.Properties;

namespace Infra.Providers.Kubernetes.Yaml;

/// <summary>
/// Writes the same YAML as <see cref="YamlEmitter"/> straight from a property tree, without building a JSON tree.
/// Only for plain trees (see <see cref="IsPlain"/>): no nulls, secrets, unknowns or non-finite numbers.
/// <see cref="PropertyMap"/> keeps its keys sorted ordinally and unique, which is the order the emitter writes.
/// </summary>
internal static class PropertyYamlEmitter
{
    // Integers below this magnitude become long JSON values when converted (PropertyJson's rule); others stay doubles.
    private const double LargestExactInteger = 9.007199254740992E15;

    /// <summary>True when <paramref name="value"/> holds only strings, booleans, finite numbers, maps and lists.</summary>
    public static bool IsPlain(PropertyValue value)
    {
        if (value.ContainsSecrets || value.ContainsUnknowns)
        {
            return false;
        }

        switch (value.Kind)
        {
            case PropertyValueKind.String:
            case PropertyValueKind.Bool:
                return true;
            case PropertyValueKind.Number:
                return double.IsFinite(value.NumberValue);
            case PropertyValueKind.Object:
                foreach (var (_, item) in value.ObjectValue)
                {
                    if (!IsPlain(item))
                    {
                        return false;
                    }
                }

                return true;
            case PropertyValueKind.Array:
                foreach (var item in value.ArrayValue)
                {
                    if (!IsPlain(item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Renders one YAML document for a non-empty plain map, ending in a newline.</summary>
    public static string Emit(PropertyMap root)
    {
        using var output = new YamlText(2048);
        AppendMapping(output, root, 0, firstKeyInline: false);
        return output.ToString();
    }

    private static void AppendMapping(YamlText output, PropertyMap map, int indent, bool firstKeyInline)
    {
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!first || !firstKeyInline)
            {
                output.Append(' ', indent);
            }

            first = false;
            YamlScalarFormatter.AppendFlow(output, key);
            output.Append(':');
            if (value.Kind == PropertyValueKind.Object && value.ObjectValue.Count > 0)
            {
                output.Append('\n');
                AppendMapping(output, value.ObjectValue, indent + 2, firstKeyInline: false);
            }
            else if (value.Kind == PropertyValueKind.Array && value.ArrayValue.Length > 0)
            {
                output.Append('\n');
                AppendSequence(output, value, indent);
            }
            else
            {
                output.Append(' ');
                AppendInlineValue(output, value, indent + 2);
            }
        }
    }

    private static void AppendSequence(YamlText output, PropertyValue list, int indent)
    {
        foreach (var item in list.ArrayValue)
        {
            output.Append(' ', indent).Append("- ");
            if (item.Kind == PropertyValueKind.Object && item.ObjectValue.Count > 0)
            {
                AppendMapping(output, item.ObjectValue, indent + 2, firstKeyInline: true);
            }
            else if (item.Kind == PropertyValueKind.Array && item.ArrayValue.Length > 0)
            {
                output.Length--;
                output.Append('\n');
                AppendSequence(output, item, indent + 2);
            }
            else
            {
                AppendInlineValue(output, item, indent + 2);
            }
        }
    }

    // Writes a scalar or an empty collection after "key: " or "- ", including the line end.
    private static void AppendInlineValue(YamlText output, PropertyValue value, int blockIndent)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Object:
                output.Append("{}\n");
                return;
            case PropertyValueKind.Array:
                output.Append("[]\n");
                return;
            case PropertyValueKind.String:
                var text = value.StringValue;
                if (YamlScalarFormatter.PrefersLiteralBlock(text))
                {
                    YamlScalarFormatter.AppendLiteralBlock(output, text, blockIndent);
                    return;
                }

                YamlScalarFormatter.AppendFlow(output, text);
                break;
            case PropertyValueKind.Bool:
                output.Append(value.BoolValue ? "true" : "false");
                break;
            case PropertyValueKind.Number:
                AppendNumber(output, value.NumberValue);
                break;
            default:
                throw new InvalidOperationException($"a {value.Kind} value is not plain; check IsPlain first");
        }

        output.Append('\n');
    }

    private static void AppendNumber(YamlText output, double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < LargestExactInteger)
        {
            output.Append((long)number);
            return;
        }

        // Rare (fractions, huge integers): the JSON writer's own formatting, so the text matches the JSON path exactly.
        output.Append(JsonValue.Create(number).ToJsonString());
    }
}
