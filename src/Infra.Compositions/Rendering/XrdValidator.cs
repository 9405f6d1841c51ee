using System.Text.Json.Nodes;
using Infra.Compositions.Values;
using NJsonSchema;

namespace Infra.Compositions.Rendering;

/// <summary>Validates an XR against the openAPIV3Schema of the matching CompositeResourceDefinition version.</summary>
internal static class XrdValidator
{
    /// <summary>Returns problems as (field path, message) pairs; empty when the XR conforms.</summary>
    public static IReadOnlyList<(string Path, string Message)> Validate(JsonObject xrd, JsonObject xr)
    {
        var apiVersion = Text(xr["apiVersion"]);
        var slash = apiVersion.IndexOf('/');
        var (group, version) = slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
        var spec = xrd["spec"] as JsonObject;
        if (Text(spec?["group"]) != group)
            return [("spec.group", $"the XRD defines group {GoQuote.Quote(Text(spec?["group"]))}, but the XR is in group {GoQuote.Quote(group)}")];
        if (Text(spec?["names"]?["kind"]) != Text(xr["kind"]))
            return [("spec.names.kind", $"the XRD defines kind {GoQuote.Quote(Text(spec?["names"]?["kind"]))}, but the XR is a {GoQuote.Quote(Text(xr["kind"]))}")];
        var versions = spec?["versions"] as JsonArray ?? [];
        var match = versions.OfType<JsonObject>().FirstOrDefault(v => Text(v["name"]) == version);
        if (match is null) return [("spec.versions", $"the XRD has no version {GoQuote.Quote(version)}")];
        if (match["schema"]?["openAPIV3Schema"] is not JsonObject schemaJson) return [];

        // NJsonSchema only offers an async loader; with an in-memory document and no references it does no I/O.
        JsonSchema schema;
        try
        {
            schema = JsonSchema.FromJsonAsync(ToJsonSchema(schemaJson).ToJsonString()).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return [($"spec.versions[{versions.IndexOf(match)}].schema.openAPIV3Schema", "the XRD schema cannot be read: " + e.Message)];
        }
        return schema.Validate(xr.ToJsonString())
            .Select(e => (Path(e.Path), Describe(e.Kind.ToString(), e.Property)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Rewrites the OpenAPI/Kubernetes keywords JSON Schema does not know: <c>nullable: true</c> adds <c>null</c>
    /// to the type, and <c>x-kubernetes-int-or-string</c> accepts an integer or a string.
    /// </summary>
    private static JsonObject ToJsonSchema(JsonObject openApi)
    {
        var copy = (JsonObject)openApi.DeepClone();
        Rewrite(copy);
        return copy;
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["nullable"] is JsonValue n && GoValue.KindOf(n) == GoKind.Bool && GoValue.AsBool(n) && o["type"] is JsonValue t && GoValue.KindOf(t) == GoKind.String)
                    o["type"] = new JsonArray(GoValue.AsString(t), "null");
                if (o["x-kubernetes-int-or-string"] is JsonValue ios && GoValue.KindOf(ios) == GoKind.Bool && GoValue.AsBool(ios))
                {
                    o.Remove("type");
                    o["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string" });
                }
                foreach (var (_, child) in o.ToList()) Rewrite(child);
                break;
            case JsonArray a:
                foreach (var child in a) Rewrite(child);
                break;
        }
    }

    private static string Path(string? path) => (path ?? "").TrimStart('#', '/').Replace('/', '.');

    private static string Describe(string kind, string? property)
    {
        var words = string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return property is null ? words : $"{words} ({property})";
    }

    private static string Text(JsonNode? node) => GoValue.KindOf(node) == GoKind.String ? GoValue.AsString(node!) : "";
}
