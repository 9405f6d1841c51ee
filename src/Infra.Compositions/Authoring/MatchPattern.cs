using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>One pattern of a <see cref="MatchTransform"/>: a literal or a regular expression, and its result.</summary>
/// <param name="Type"><c>literal</c> or <c>regexp</c>.</param>
/// <param name="Value">The literal, or the (RE2) regular expression.</param>
/// <param name="Result">The output when the pattern matches.</param>
public sealed record MatchPattern(string Type, string Value, JsonNode? Result)
{
    /// <summary>Matches when the input equals <paramref name="literal"/>.</summary>
    public static MatchPattern Literal(string literal, JsonNode? result) => new("literal", literal, result);

    /// <summary>Matches when <paramref name="regexp"/> is found in the input.</summary>
    public static MatchPattern Regexp(string regexp, JsonNode? result) => new("regexp", regexp, result);

    internal JsonObject ToJson() => new()
    {
        ["type"] = Type,
        [Type == "regexp" ? "regexp" : "literal"] = Value,
        ["result"] = Result?.DeepClone(),
    };
}
