using System.Text;
using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>The <c>string</c> transform: Format, Convert, TrimPrefix/TrimSuffix, Regexp, Join, Replace (SPEC §5.4).</summary>
internal static class StringTransform
{
    public static ValidationError? Validate(StringSpec spec) => spec.Type switch
    {
        null or "" => ValidationError.Required("type", "string transform type is required"),
        "Format" when spec.Format is null => ValidationError.Required("fmt", "format transform requires a format"),
        "Convert" when spec.Convert is null => ValidationError.Required("convert", "convert transform requires a conversion type"),
        "TrimPrefix" or "TrimSuffix" when spec.Trim is null => ValidationError.Required("trim", "trim transform requires a trim value"),
        "Regexp" when spec.Regexp is null => ValidationError.Required("regexp", "regexp transform requires a regexp"),
        "Regexp" when spec.Regexp.Match.Length == 0 => ValidationError.Required("regexp.match", "regexp transform requires a match"),
        "Regexp" when GoRegex.Compile(spec.Regexp.Match, out _) is null => ValidationError.Invalid("regexp.match", spec.Regexp.Match, "invalid regexp"),
        "Join" when !spec.HasJoin => ValidationError.Required("join", "join transform requires a join"),
        "Replace" when spec.Replace is null => ValidationError.Required("replace", "replace transform requires a replace"),
        "Replace" when spec.Replace.Search.Length == 0 => ValidationError.Required("replace.search", "replace transform requires a search"),
        "Format" or "Convert" or "TrimPrefix" or "TrimSuffix" or "Regexp" or "Join" or "Replace" => null,
        _ => ValidationError.Invalid("type", spec.Type, "unknown string transform type"),
    };

    public static JsonNode? Resolve(StringSpec spec, JsonNode? input, out string? error)
    {
        error = null;
        string? result;
        switch (spec.Type)
        {
            case "Format" when spec.Format is not null:
                result = GoFormat.Sprintf(spec.Format, [input]);
                break;
            case "Convert" when spec.Convert is not null:
                result = StringConversions.Convert(spec.Convert, input, out error);
                break;
            case "TrimPrefix" when spec.Trim is not null:
                {
                    var s = GoFormat.FormatV(input);
                    result = s.StartsWith(spec.Trim, StringComparison.Ordinal) ? s[spec.Trim.Length..] : s;
                    break;
                }
            case "TrimSuffix" when spec.Trim is not null:
                {
                    var s = GoFormat.FormatV(input);
                    result = s.EndsWith(spec.Trim, StringComparison.Ordinal) ? s[..^spec.Trim.Length] : s;
                    break;
                }
            case "Regexp" when spec.Regexp is not null:
                result = Regexp(spec.Regexp, input, out error);
                break;
            case "Join" when spec.HasJoin:
                result = Join(spec.JoinSeparator ?? "", input, out error);
                break;
            case "Replace" when spec.Replace is not null:
                result = GoFormat.FormatV(input).Replace(spec.Replace.Search, spec.Replace.Replace, StringComparison.Ordinal);
                break;
            case "Format" or "Convert" or "TrimPrefix" or "TrimSuffix" or "Regexp" or "Join" or "Replace":
                error = $"string transform of type {spec.Type} {FieldOf(spec.Type)} is not set";
                return null;
            default:
                error = $"type {spec.Type} is not supported for string transform type";
                return null;
        }
        return error is null ? JsonValue.Create(result) : null;
    }

    private static string FieldOf(string type) => type switch
    {
        "Format" => "fmt",
        "Convert" => "convert",
        "TrimPrefix" or "TrimSuffix" => "trim",
        "Regexp" => "regexp",
        "Join" => "join",
        _ => "replace",
    };

    private static string? Regexp(StringRegexpSpec spec, JsonNode? input, out string? error)
    {
        error = null;
        var regex = GoRegex.Compile(spec.Match, out var compileError);
        if (regex is null)
        {
            error = "could not compile regexp: " + compileError;
            return null;
        }
        var group = spec.Group ?? 0;
        var match = regex.Match(GoFormat.FormatV(input));
        if (!match.Success || group >= match.Groups.Count || group < 0)
        {
            error = $"regexp {GoQuote.Quote(spec.Match)} had no matches for group {group}";
            return null;
        }
        return match.Groups[group].Success ? match.Groups[group].Value : "";
    }

    private static string? Join(string separator, JsonNode? input, out string? error)
    {
        error = null;
        if (input is not JsonArray array)
        {
            error = "could not parse input array";
            return null;
        }
        if (array.Count == 0) return "";
        var bytes = new List<byte>();
        foreach (var item in array)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(GoFormat.FormatV(item)));
            bytes.AddRange(Encoding.UTF8.GetBytes(separator));
        }
        // Upstream drops exactly one byte of the trailing separator (SPEC §5.4).
        if (separator.Length > 0) bytes.RemoveAt(bytes.Count - 1);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
