using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Ci.Tests.Schemas;

/// <summary>
/// Converts a CRD's structural OpenAPI v3 schema into a JSON Schema NJsonSchema validates, following the
/// Kubernetes rules for CRD schemas (apiextensions.k8s.io/v1, "Specifying a structural schema"):
/// <list type="bullet">
/// <item><c>x-kubernetes-int-or-string: true</c> → <c>anyOf: [integer, string]</c>.</item>
/// <item><c>x-kubernetes-preserve-unknown-fields: true</c> → unknown fields allowed below that node; elsewhere
/// an object with <c>properties</c> gets <c>additionalProperties: false</c> (what strict field validation,
/// kubectl's default, reports as an error instead of pruning silently).</item>
/// <item><c>nullable: true</c> → the type also allows <c>null</c>.</item>
/// <item><c>format</c> is dropped (Kubernetes formats such as int32/int64 are not JSON Schema formats) and
/// <c>x-kubernetes-validations</c> (CEL rules) are not checked.</item>
/// </list>
/// Subschemas under allOf/anyOf/oneOf/not are value validations in structural schemas, so they are not made strict.
/// </summary>
internal static class OpenApiToJsonSchema
{
    internal static JsonObject Convert(JsonObject openApi) => ConvertNode(openApi, strict: true);

    /// <summary>Reads YAML into JSON with YAML 1.2 core-schema scalar typing (plain true/false/numbers; quoted stays text).</summary>
    internal static JsonNode? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, FromYaml(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(FromYaml).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            switch (text)
            {
                case "true": return JsonValue.Create(true);
                case "false": return JsonValue.Create(false);
                case "null" or "~" or "": return null;
            }
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return JsonValue.Create(integer);
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && text.Any(char.IsDigit))
            {
                return JsonValue.Create(number);
            }
        }
        return JsonValue.Create(text);
    }

    private static JsonObject ConvertNode(JsonObject node, bool strict)
    {
        if (node["x-kubernetes-int-or-string"]?.GetValue<bool>() == true)
        {
            return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string" }) };
        }
        var preserve = node["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true;
        var result = new JsonObject();
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case "format" or "x-kubernetes-validations" or "nullable" or "description":
                    break;
                case "properties":
                    result[key] = new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ConvertNode(p.Value!.AsObject(), strict))));
                    break;
                case "items" or "additionalProperties" when value is JsonObject schema:
                    result[key] = ConvertNode(schema, strict);
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    result[key] = new JsonArray(value!.AsArray().Select(s => (JsonNode?)ConvertNode(s!.AsObject(), strict: false)).ToArray());
                    break;
                case "not":
                    result[key] = ConvertNode(value!.AsObject(), strict: false);
                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }
        if (node["nullable"]?.GetValue<bool>() == true && node["type"] is JsonValue type)
        {
            result["type"] = new JsonArray(type.GetValue<string>(), "null");
        }
        if (strict && !preserve && node.ContainsKey("properties") && !node.ContainsKey("additionalProperties"))
        {
            result["additionalProperties"] = false;
        }
        return result;
    }
}
