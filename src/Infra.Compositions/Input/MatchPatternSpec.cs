using System.Text.Json.Nodes;

namespace Infra.Compositions.Input;

/// <summary>One <c>match</c> pattern; <see cref="Type"/> is empty when omitted.</summary>
internal sealed record MatchPatternSpec(string Type, string? Literal, string? Regexp, JsonNode? Result);
