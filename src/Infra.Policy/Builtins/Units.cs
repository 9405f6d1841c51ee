using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>units.parse</c> (SI and IEC suffixes, milli) and <c>units.parse_bytes</c>, computed exactly.</summary>
internal static partial class Units
{
    [GeneratedRegex(@"^([-+]?[0-9.]*)([eE][-+]?[0-9]+)?(.*)$")]
    private static partial Regex Amount();

    public static void Register(BuiltinTable t)
    {
        t.Add("units.parse", 1, a => Parse(Args.Str(a, 0), bytes: false));
        t.Add("units.parse_bytes", 1, a => Parse(Args.Str(a, 0), bytes: true));
    }

    private static Value Parse(string raw, bool bytes)
    {
        var what = bytes ? "byte amount" : "amount";
        var s = raw.Replace("\"", "", StringComparison.Ordinal);
        if (s.Contains(' ')) throw BuiltinException.Error("spaces not allowed in resource strings");
        var m = Amount().Match(s);
        var num = m.Groups[1].Value;
        var expText = m.Groups[2].Value;
        var unit = m.Groups[3].Value;
        if (num.Length == 0) throw BuiltinException.Error($"no {what} provided");
        if (num.Count(c => c == '.') > 1 || num == ".") throw BuiltinException.Error($"could not parse {what} to a number");
        var negative = num.StartsWith('-');
        num = num.TrimStart('-', '+');
        if (num.Length == 0) throw BuiltinException.Error($"no {what} provided");
        var dot = num.IndexOf('.');
        var digits = dot >= 0 ? num.Remove(dot, 1) : num;
        var scale = dot >= 0 ? num.Length - dot - 1 : 0;
        if (digits.Length == 0) digits = "0";
        var mant = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (negative) mant = -mant;
        var exp = -scale;
        if (expText.Length > 0)
        {
            if (!int.TryParse(expText.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) || Math.Abs(e) > 10000)
                throw BuiltinException.Error("exponent too large");
            exp += e;
        }
        var (mult, multExp) = Multiplier(bytes ? unit.ToLowerInvariant() : (unit == "m" ? "m" : unit.ToLowerInvariant() == "m" ? "M" : unit.ToLowerInvariant()), bytes, unit);
        mant *= mult;
        exp += multExp;
        if (exp > 10000) throw BuiltinException.Error("exponent too large");
        BigInteger num1, den = BigInteger.One;
        if (exp >= 0) num1 = mant * BigInteger.Pow(10, exp);
        else
        {
            num1 = mant;
            den = BigInteger.Pow(10, -exp);
        }
        if (bytes) return NumberValue.Of(num1 / den);
        if ((num1 % den).IsZero) return NumberValue.Of(num1 / den);
        var text = FormatDecimal(num1, -exp);
        return NumberValue.Of(double.Parse(text, CultureInfo.InvariantCulture));
    }

    private static string FormatDecimal(BigInteger n, int scale)
    {
        var s = BigInteger.Abs(n).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        var r = s[..^scale] + "." + s[^scale..];
        return (n.Sign < 0 ? "-" : "") + r;
    }

    private static (BigInteger Mult, int Exp) Multiplier(string unit, bool bytes, string original)
    {
        if (bytes && unit.EndsWith('b')) unit = unit[..^1];
        return unit switch
        {
            "" => (1, 0),
            "k" => (1, 3),
            "M" => (1, 6),
            "m" => bytes ? (1, 6) : (1, -3),
            "g" => (1, 9),
            "t" => (1, 12),
            "p" => (1, 15),
            "e" => (1, 18),
            "ki" => (BigInteger.Pow(2, 10), 0),
            "mi" => (BigInteger.Pow(2, 20), 0),
            "gi" => (BigInteger.Pow(2, 30), 0),
            "ti" => (BigInteger.Pow(2, 40), 0),
            "pi" => (BigInteger.Pow(2, 50), 0),
            "ei" => (BigInteger.Pow(2, 60), 0),
            _ => throw BuiltinException.Error(bytes ? $"byte unit {original} not recognized" : $"unit {original} not recognized"),
        };
    }
}
