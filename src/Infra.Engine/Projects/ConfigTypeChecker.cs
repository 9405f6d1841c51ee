using System.Text.Json;

namespace Infra.Engine.Projects;

/// <summary>Checks a config value (JSON text) against a declared type.</summary>
internal static class ConfigTypeChecker
{
    /// <summary>Returns null when the value fits, else what is wrong ("must be an integer, got …").</summary>
    public static string? Check(string type, string? itemType, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return CheckElement(type, itemType, doc.RootElement);
    }

    /// <summary>Checks a plain string value as typed on the command line or written as a YAML scalar.</summary>
    public static string? CheckText(string type, string text) => type switch
    {
        "integer" => long.TryParse(text, out _) ? null : $"must be an integer, got '{text}'",
        "boolean" => text is "true" or "false" ? null : $"must be true or false, got '{text}'",
        "array" => $"must be a list, got '{text}'",
        _ => null,
    };

    private static string? CheckElement(string type, string? itemType, JsonElement element) => type switch
    {
        "string" => element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? null : $"must be a string, got {Describe(element)}",
        "integer" => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _) ? null
            : element.ValueKind == JsonValueKind.String && long.TryParse(element.GetString(), out _) ? null
            : $"must be an integer, got {Describe(element)}",
        "boolean" => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? null
            : element.ValueKind == JsonValueKind.String && element.GetString() is "true" or "false" ? null
            : $"must be true or false, got {Describe(element)}",
        "array" => element.ValueKind != JsonValueKind.Array ? $"must be a list, got {Describe(element)}"
            : element.EnumerateArray().Select((item, i) => CheckElement(itemType ?? "string", null, item) is { } p ? $"item {i} {p}" : null).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "a mapping",
        JsonValueKind.Array => "a list",
        _ => $"'{(element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText())}'",
    };
}
