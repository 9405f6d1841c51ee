using System.Text.Json.Nodes;

namespace Infra.Components.Crossplane.Composites;

/// <summary>Small builders for the OpenAPI v3 schemas of XRDs.</summary>
internal static class Schema
{
    public static JsonObject Object(IReadOnlyDictionary<string, JsonObject> properties, params string[] required)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties) props[name] = schema;
        var o = new JsonObject { ["type"] = "object", ["properties"] = props };
        if (required.Length > 0) o["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        return o;
    }

    public static JsonObject String(string? description = null, string? pattern = null)
    {
        var o = new JsonObject { ["type"] = "string" };
        if (pattern is not null) o["pattern"] = pattern;
        if (description is not null) o["description"] = description;
        return o;
    }

    public static JsonObject Enum(string description, params string[] values) => new()
    {
        ["type"] = "string",
        ["description"] = description,
        ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()),
    };

    public static JsonObject Integer(string description, long minimum, long maximum) => new()
    {
        ["type"] = "integer",
        ["description"] = description,
        ["minimum"] = minimum,
        ["maximum"] = maximum,
    };

    public static JsonObject Array(JsonObject items, int minItems, int maxItems) => new()
    {
        ["type"] = "array",
        ["items"] = items,
        ["minItems"] = minItems,
        ["maxItems"] = maxItems,
    };

    /// <summary>The <c>writeConnectionSecretToRef</c> of a v1 XR.</summary>
    public static JsonObject SecretReference() => Object(
        new Dictionary<string, JsonObject> { ["name"] = String("The Secret's name."), ["namespace"] = String("The Secret's namespace.") }, "name", "namespace");

    /// <summary>An XR schema: <c>spec.parameters</c>, an optional connection secret reference, and <c>status</c>.</summary>
    public static JsonObject Composite(JsonObject parameters, JsonObject status) => Object(new Dictionary<string, JsonObject>
    {
        ["spec"] = Object(new Dictionary<string, JsonObject>
        {
            ["parameters"] = parameters,
            ["writeConnectionSecretToRef"] = SecretReference(),
        }, "parameters"),
        ["status"] = status,
    }, "spec");
}
