using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>Tolerant readers for manifest fields: a missing field or one of another type reads as null.</summary>
internal static class JsonRead
{
    /// <summary>The string value of <paramref name="node"/>, or null.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The string value of <paramref name="node"/> when it is non-empty, or null.</summary>
    public static string? NonEmptyText(JsonNode? node) => Text(node) is { Length: > 0 } text ? text : null;

    /// <summary>The integer value of <paramref name="node"/>, or null.</summary>
    public static long? Long(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && long.TryParse(value.ToJsonString(), CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>True only for a JSON <c>true</c>.</summary>
    public static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>The API group of an apiVersion: the part before '/', empty for the core group (<c>v1</c>).</summary>
    public static string GroupOf(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? string.Empty : apiVersion[..slash];
    }
}
