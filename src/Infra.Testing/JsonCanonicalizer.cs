using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Infra.Testing;

/// <summary>Copies a JSON tree with object keys in ordinal order and volatile values masked.</summary>
internal static partial class JsonCanonicalizer
{
    public const string Masked = "[masked]";

    public static JsonNode? Canonicalize(JsonNode? node, IReadOnlySet<string> maskedProperties)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    copy[key] = maskedProperties.Contains(key) && value is not null ? JsonValue.Create(Masked) : Canonicalize(value, maskedProperties);
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => Canonicalize(item, maskedProperties)).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Mask(value.GetValue<string>()));
            default:
                return node?.DeepClone();
        }
    }

    private static string Mask(string text)
    {
        var masked = Guid().Replace(text, "[guid]");
        return Timestamp().Replace(masked, "[timestamp]");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")]
    private static partial Regex Timestamp();
}
