using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Infra.Compositions.Transforms;

/// <summary>Compiles regular expressions with Go RE2 acceptance rules and Go-style error messages.</summary>
internal static class GoRegex
{
    private static readonly ImmutableArray<string> UnsupportedConstructs = ["(?=", "(?!", "(?<=", "(?<!", "(?>", "\\k<"];

    public static Regex? Compile(string pattern, out string? error)
    {
        error = null;
        foreach (var construct in UnsupportedConstructs)
        {
            if (pattern.Contains(construct, StringComparison.Ordinal))
            {
                error = $"error parsing regexp: invalid or unsupported Perl syntax: `{construct}`";
                return null;
            }
        }
        for (var i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 1] != '0')
            {
                error = $"error parsing regexp: invalid escape sequence: `\\{pattern[i + 1]}`";
                return null;
            }
            if (pattern[i] == '\\') i++;
        }
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (RegexParseException e)
        {
            error = "error parsing regexp: " + Describe(e, pattern);
            return null;
        }
    }

    private static string Describe(RegexParseException e, string pattern) => e.Error switch
    {
        RegexParseError.UnterminatedBracket => $"missing closing ]: `{pattern[Math.Max(pattern.LastIndexOf('['), 0)..]}`",
        RegexParseError.QuantifierAfterNothing => $"missing argument to repetition operator: `{QuantifierAt(pattern, e.Offset)}`",
        RegexParseError.NestedQuantifiersNotParenthesized => $"invalid nested repetition operator: `{QuantifierAt(pattern, e.Offset)}`",
        RegexParseError.InsufficientClosingParentheses => $"missing closing ): `{pattern}`",
        RegexParseError.InsufficientOpeningParentheses => $"unexpected ): `{pattern}`",
        RegexParseError.ReversedCharacterRange => "invalid character class range",
        RegexParseError.UnescapedEndingBackslash => "trailing backslash at end of expression: ``",
        _ => $"invalid syntax: `{pattern}`",
    };

    private static string QuantifierAt(string pattern, int offset)
    {
        var index = Math.Clamp(offset - 1, 0, Math.Max(pattern.Length - 1, 0));
        return pattern.Length == 0 ? "" : pattern[index].ToString();
    }
}
