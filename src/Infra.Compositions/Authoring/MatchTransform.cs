using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>Returns the result of the first matching pattern, else a fallback.</summary>
/// <param name="Patterns">Patterns tried in order.</param>
/// <param name="FallbackValue">Returned when nothing matches (null when absent).</param>
/// <param name="FallbackToInput">Return the input unchanged when nothing matches.</param>
public sealed record MatchTransform(IReadOnlyList<MatchPattern> Patterns, JsonNode? FallbackValue = null, bool FallbackToInput = false) : Transform
{
    internal override JsonObject ToJson()
    {
        var match = new JsonObject { ["patterns"] = new JsonArray(Patterns.Select(p => (JsonNode)p.ToJson()).ToArray()) };
        if (FallbackToInput) match["fallbackTo"] = "Input";
        if (FallbackValue is not null) match["fallbackValue"] = FallbackValue.DeepClone();
        return new JsonObject { ["type"] = "match", ["match"] = match };
    }
}
