using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Infra.Compositions.Yaml;

/// <summary>Resolves plain YAML scalars the way go-yaml v2 does (YAML 1.1 booleans, base-0 integers, timestamps).</summary>
internal static partial class YamlScalars
{
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatRegex();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")]
    private static partial Regex Base60Regex();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:?[0-9]{2})?))?)?$")]
    private static partial Regex TimestampRegex();

    private static readonly FrozenSet<string> Nulls = new[] { "", "~", "null", "Null", "NULL" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Trues = new[] { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Falses = new[] { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The value a plain scalar stands for; strings that resolve to nothing else come back as strings.</summary>
    public static JsonNode? Resolve(string plain)
    {
        if (Nulls.Contains(plain)) return null;
        if (Trues.Contains(plain)) return JsonValue.Create(true);
        if (Falses.Contains(plain)) return JsonValue.Create(false);
        switch (plain)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF": return JsonValue.Create(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF": return JsonValue.Create(double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN": return JsonValue.Create(double.NaN);
        }
        if (plain.Length > 0 && (plain[0] is '+' or '-' or '.' || char.IsAsciiDigit(plain[0])))
        {
            if (ParseGoInt(plain.Replace("_", "", StringComparison.Ordinal)) is { } integer) return JsonValue.Create(integer);
            if (FloatRegex().IsMatch(plain.Replace("_", "", StringComparison.Ordinal))
                && double.TryParse(plain.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                return JsonValue.Create(d);
        }
        return JsonValue.Create(plain);
    }

    /// <summary>True when a string must be quoted so that it does not read back as another type.</summary>
    public static bool NeedsQuotes(string s)
    {
        if (Resolve(s) is not JsonValue v || !v.TryGetValue<string>(out _)) return true;
        if (s == "<<") return true;
        if (s.Length > 0 && char.IsAsciiDigit(s[0]) && TimestampRegex().IsMatch(s)) return true;
        return Base60Regex().IsMatch(s);
    }

    private static long? ParseGoInt(string s)
    {
        var negative = false;
        var body = s;
        if (body.StartsWith('+') || body.StartsWith('-'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        if (body.Length == 0) return null;
        int radix = 10;
        if (body.Length > 1 && body[0] == '0')
        {
            switch (body[1])
            {
                case 'x' or 'X': radix = 16; body = body[2..]; break;
                case 'b' or 'B': radix = 2; body = body[2..]; break;
                case 'o' or 'O': radix = 8; body = body[2..]; break;
                default: radix = 8; body = body[1..]; break;
            }
        }
        if (body.Length == 0) return null;
        try
        {
            foreach (var c in body)
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
                if (digit >= radix) return null;
            }
            var magnitude = Convert.ToUInt64(body, radix);
            if (negative) return magnitude <= 9223372036854775808UL ? (long)(0UL - magnitude) : null;
            return magnitude <= long.MaxValue ? (long)magnitude : null;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }
}
