using System.Text.Json.Nodes;

namespace Infra.Compositions.Input;

/// <summary>A <c>match</c> transform block.</summary>
internal sealed record MatchSpec(IReadOnlyList<MatchPatternSpec> Patterns, string? FallbackTo, JsonNode? FallbackValue);
