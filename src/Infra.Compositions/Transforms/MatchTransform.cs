using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>The <c>match</c> transform: first matching literal/regexp pattern wins (SPEC §5.2).</summary>
internal static class MatchTransform
{
    public static ValidationError? Validate(MatchSpec match)
    {
        if (match.Patterns.Count == 0)
            return ValidationError.Required("patterns", "at least one pattern must be specified if a match transform is specified");
        for (var i = 0; i < match.Patterns.Count; i++)
        {
            var pattern = match.Patterns[i];
            ValidationError? error = pattern.Type switch
            {
                "literal" or "" when pattern.Literal is null => ValidationError.Required("literal", "literal pattern type requires a literal"),
                "literal" or "" => null,
                "regexp" when pattern.Regexp is null => ValidationError.Required("regexp", "regexp pattern type requires a regexp"),
                "regexp" when GoRegex.Compile(pattern.Regexp, out _) is null => ValidationError.Invalid("regexp", pattern.Regexp, "invalid regexp"),
                "regexp" => null,
                _ => ValidationError.Invalid("type", pattern.Type, "unknown pattern type"),
            };
            if (error is not null) return error.Under($"patterns[{i}]");
        }
        return null;
    }

    public static JsonNode? Resolve(MatchSpec match, JsonNode? input, out string? error)
    {
        error = null;
        for (var i = 0; i < match.Patterns.Count; i++)
        {
            var matched = Matches(match.Patterns[i], input, out var detail);
            if (detail is not null)
            {
                error = $"cannot match pattern at index {i}: {detail}";
                return null;
            }
            if (matched) return GoValue.ToFloatTyped(match.Patterns[i].Result);
        }
        if (match.FallbackTo == "Input")
        {
            if (match.FallbackValue is not null)
            {
                error = "cannot set both a fallback value and the fallback to input flag";
                return null;
            }
            return input;
        }
        return GoValue.ToFloatTyped(match.FallbackValue);
    }

    private static bool Matches(MatchPatternSpec pattern, JsonNode? input, out string? error)
    {
        error = null;
        switch (pattern.Type)
        {
            case "literal":
                if (pattern.Literal is null)
                {
                    error = "literal is required by type literal";
                    return false;
                }
                if (GoValue.KindOf(input) != GoKind.String)
                {
                    error = $"unsupported input type '{GoValue.TypeName(input)}'";
                    return false;
                }
                return GoValue.AsString(input!) == pattern.Literal;
            case "regexp":
                if (pattern.Regexp is null)
                {
                    error = "regexp is required by type regexp";
                    return false;
                }
                var regex = GoRegex.Compile(pattern.Regexp, out var compileError);
                if (regex is null)
                {
                    error = "cannot compile regexp: " + compileError;
                    return false;
                }
                if (input is null)
                {
                    error = "unsupported input type 'null'";
                    return false;
                }
                if (GoValue.KindOf(input) != GoKind.String)
                {
                    error = $"unsupported input type '{GoValue.TypeName(input)}'";
                    return false;
                }
                return regex.IsMatch(GoValue.AsString(input));
            default:
                error = $"unsupported pattern type '{pattern.Type}'";
                return false;
        }
    }
}
