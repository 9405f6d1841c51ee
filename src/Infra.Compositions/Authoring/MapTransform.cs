using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>Maps a string input to a value by exact key lookup.</summary>
/// <param name="Pairs">Input string → output value (any JSON).</param>
public sealed record MapTransform(IReadOnlyDictionary<string, JsonNode?> Pairs) : Transform
{
    /// <summary>A map whose values are strings.</summary>
    public static MapTransform Of(IReadOnlyDictionary<string, string> pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => (JsonNode?)JsonValue.Create(p.Value)));

    internal override JsonObject ToJson()
    {
        var map = new JsonObject();
        foreach (var (k, v) in Pairs) map[k] = v?.DeepClone();
        return new JsonObject { ["type"] = "map", ["map"] = map };
    }
}
