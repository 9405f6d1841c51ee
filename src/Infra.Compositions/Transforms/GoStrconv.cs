using System.Globalization;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>Go's <c>strconv.ParseInt/ParseBool/ParseFloat</c> with their error messages.</summary>
internal static class GoStrconv
{
    public static long? ParseInt(string s, out string? error)
    {
        error = null;
        var body = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? s[1..] : s;
        if (body.Length == 0 || !body.All(char.IsAsciiDigit))
        {
            error = $"strconv.ParseInt: parsing {GoQuote.Quote(s)}: invalid syntax";
            return null;
        }
        if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            error = $"strconv.ParseInt: parsing {GoQuote.Quote(s)}: value out of range";
            return null;
        }
        return value;
    }

    public static bool? ParseBool(string s, out string? error)
    {
        error = null;
        switch (s)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True": return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False": return false;
            default:
                error = $"strconv.ParseBool: parsing {GoQuote.Quote(s)}: invalid syntax";
                return null;
        }
    }

    public static double? ParseFloat(string s, out string? error)
    {
        error = null;
        var body = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? s[1..] : s;
        var negative = s.StartsWith('-');
        switch (body.ToLowerInvariant())
        {
            case "inf" or "infinity": return negative ? double.NegativeInfinity : double.PositiveInfinity;
            case "nan": return double.NaN;
        }
        var valid = body.Length > 0 && body.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')
            && body.Any(char.IsAsciiDigit);
        if (!valid || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            error = $"strconv.ParseFloat: parsing {GoQuote.Quote(s)}: invalid syntax";
            return null;
        }
        if (double.IsInfinity(value))
        {
            error = $"strconv.ParseFloat: parsing {GoQuote.Quote(s)}: value out of range";
            return null;
        }
        return value;
    }
}
