using System.Globalization;
using System.Text;

namespace Infra.Compositions.Values;

/// <summary>Go's float64 text forms (<c>strconv.FormatFloat</c>, <c>%v</c>, <c>encoding/json</c>).</summary>
internal static class GoFloat
{
    /// <summary>Shortest round-trip decimal digits of |d| and the decimal point position (value = 0.digits × 10^point).</summary>
    public static (string Digits, int Point) Shortest(double d)
    {
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var frac = dot >= 0 ? r[(dot + 1)..] : "";
        var digits = intPart + frac;
        var point = intPart.Length + exp;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; point--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) return ("0", 1);
        return (digits, point);
    }

    /// <summary><c>strconv.FormatFloat(d, 'g', -1, 64)</c>, which is also what <c>%v</c> prints.</summary>
    public static string FormatG(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "+Inf";
        if (double.IsNegativeInfinity(d)) return "-Inf";
        if (d == 0) return double.IsNegative(d) ? "-0" : "0";
        var (digits, point) = Shortest(d);
        var exp = point - 1;
        var sign = d < 0 ? "-" : "";
        // Go uses an exponent precision of 6 for the shortest form.
        if (exp < -4 || exp >= 6) return sign + Exponent(digits, exp);
        return sign + Fixed(digits, point);
    }

    /// <summary><c>strconv.FormatFloat(d, 'f', -1, 64)</c>: shortest digits, never an exponent.</summary>
    public static string FormatF(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "+Inf" : "-Inf";
        if (d == 0) return "0";
        var (digits, point) = Shortest(d);
        return (d < 0 ? "-" : "") + Fixed(digits, point);
    }

    /// <summary>How Go's <c>encoding/json</c> writes a float64.</summary>
    public static string FormatJson(double d)
    {
        if (d == 0) return "0";
        var abs = Math.Abs(d);
        if (abs < 1e-6 || abs >= 1e21)
        {
            var (digits, point) = Shortest(d);
            var s = (d < 0 ? "-" : "") + Exponent(digits, point - 1);
            var n = s.Length;
            if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0') s = s[..(n - 2)] + s[(n - 1)..];
            return s;
        }
        return FormatF(d);
    }

    internal static string Exponent(string digits, int exp)
    {
        var sb = new StringBuilder();
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        sb.Append('e').Append(exp < 0 ? '-' : '+');
        var e = Math.Abs(exp);
        if (e < 10) sb.Append('0');
        sb.Append(e.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    internal static string Fixed(string digits, int point)
    {
        if (point <= 0) return "0." + new string('0', -point) + digits;
        if (point >= digits.Length) return digits + new string('0', point - digits.Length);
        return digits[..point] + "." + digits[point..];
    }
}
