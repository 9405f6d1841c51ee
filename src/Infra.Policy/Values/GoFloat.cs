using System.Globalization;

namespace Infra.Policy.Values;

/// <summary>Formats doubles like Go's <c>strconv.FormatFloat(f, 'g', -1, 64)</c> as used by JSON encoding.</summary>
internal static class GoFloat
{
    /// <summary>Shortest round-trip text; exponent form for very large/small magnitudes (Go JSON rules).</summary>
    public static string Format(double f)
    {
        if (double.IsNaN(f)) return "NaN";
        if (double.IsPositiveInfinity(f)) return "+Inf";
        if (double.IsNegativeInfinity(f)) return "-Inf";
        var abs = Math.Abs(f);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var r = f.ToString("R", CultureInfo.InvariantCulture);
            // R gives shortest digits; rewrite its exponent as Go does (e-07 → e-07, E+21 → e+21).
            if (r.Contains('E'))
            {
                var parts = r.Split('E');
                var exp = int.Parse(parts[1], CultureInfo.InvariantCulture);
                return parts[0] + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
            }
            return r;
        }
        var plain = f.ToString("R", CultureInfo.InvariantCulture);
        return plain.Contains('E') ? Expand(plain) : plain;
    }

    /// <summary>Rewrites .NET's shortest exponent form (<c>1E+20</c>, <c>1.5E-05</c>) as plain decimal digits.</summary>
    private static string Expand(string sci)
    {
        var parts = sci.Split('E');
        var exp = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var neg = parts[0].StartsWith('-');
        var mant = neg ? parts[0][1..] : parts[0];
        var dot = mant.IndexOf('.');
        var digits = dot >= 0 ? mant.Remove(dot, 1) : mant;
        var intLen = (dot >= 0 ? dot : mant.Length) + exp;
        string result;
        if (intLen <= 0) result = "0." + new string('0', -intLen) + digits;
        else if (intLen >= digits.Length) result = digits + new string('0', intLen - digits.Length);
        else result = digits[..intLen] + "." + digits[intLen..];
        return (neg ? "-" : "") + result;
    }

    /// <summary>Go's <c>%v</c>/<c>%g</c> formatting of a float64 (shortest, exponent when exp &lt; -4 or ≥ 21).</summary>
    public static string FormatG(double f)
    {
        if (double.IsNaN(f)) return "NaN";
        if (double.IsInfinity(f)) return f > 0 ? "+Inf" : "-Inf";
        if (f == 0) return "0";
        var shortest = f.ToString("R", CultureInfo.InvariantCulture);
        var exp = (int)Math.Floor(Math.Log10(Math.Abs(f)));
        if (exp < -4 || exp >= 21)
        {
            var mant = shortest.Contains('E') ? shortest.Split('E')[0] : Normalize(shortest, out exp);
            if (shortest.Contains('E')) exp = int.Parse(shortest.Split('E')[1], CultureInfo.InvariantCulture);
            return mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        if (shortest.Contains('E')) return f.ToString("0.####################", CultureInfo.InvariantCulture);
        return shortest;
    }

    private static string Normalize(string plain, out int exp)
    {
        var neg = plain.StartsWith('-');
        var s = neg ? plain[1..] : plain;
        var dot = s.IndexOf('.');
        var digits = dot >= 0 ? s.Remove(dot, 1) : s;
        var intLen = dot >= 0 ? dot : s.Length;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        exp = intLen - lead - 1;
        var sig = digits[lead..].TrimEnd('0');
        if (sig.Length == 0) sig = "0";
        var mant = sig.Length > 1 ? sig[0] + "." + sig[1..] : sig;
        return (neg ? "-" : "") + mant;
    }
}
