using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Compositions.Values;

/// <summary>
/// Go's <c>fmt.Sprintf</c> over <c>interface{}</c> arguments, including its error markers
/// (<c>%!d(float64=20)</c>, <c>%!s(MISSING)</c>, <c>%!(EXTRA …)</c>).
/// </summary>
internal static class GoFormat
{
    private readonly record struct Spec(bool Plus, bool Minus, bool Sharp, bool Space, bool Zero, int Width, int Precision);

    public static string Sprintf(string format, IReadOnlyList<JsonNode?> args)
    {
        var sb = new StringBuilder();
        var argIndex = 0;
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c != '%')
            {
                sb.Append(c);
                i++;
                continue;
            }
            i++;
            bool plus = false, minus = false, sharp = false, space = false, zero = false;
            for (; i < format.Length; i++)
            {
                var f = format[i];
                if (f == '+') plus = true;
                else if (f == '-') minus = true;
                else if (f == '#') sharp = true;
                else if (f == ' ') space = true;
                else if (f == '0') zero = true;
                else break;
            }
            var width = ReadNumber(format, ref i);
            var precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Math.Max(ReadNumber(format, ref i), 0);
            }
            if (i >= format.Length)
            {
                sb.Append("%!(NOVERB)");
                break;
            }
            var rune = Rune.GetRuneAt(format, i);
            i += rune.Utf16SequenceLength;
            var verb = rune.ToString();
            if (verb == "%")
            {
                sb.Append('%');
                continue;
            }
            if (argIndex >= args.Count)
            {
                sb.Append("%!").Append(verb).Append("(MISSING)");
                continue;
            }
            var spec = new Spec(plus, minus, sharp, space, zero && !minus, width, precision);
            sb.Append(FormatArg(verb, args[argIndex++], spec, 0));
        }
        if (argIndex < args.Count)
        {
            sb.Append("%!(EXTRA ");
            for (var k = argIndex; k < args.Count; k++)
            {
                if (k > argIndex) sb.Append(", ");
                sb.Append(args[k] is null ? "<nil>" : GoValue.TypeName(args[k]) + "=" + FormatV(args[k]));
            }
            sb.Append(')');
        }
        return sb.ToString();
    }

    /// <summary>The <c>%v</c> text of a value.</summary>
    public static string FormatV(JsonNode? value) => FormatArg("v", value, new Spec(false, false, false, false, false, -1, -1), 0);

    private static int ReadNumber(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i == start ? -1 : int.Parse(s.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    private static string FormatArg(string verb, JsonNode? arg, Spec spec, int depth)
    {
        var kind = GoValue.KindOf(arg);
        if (verb == "T") return Pad(GoValue.TypeName(kind), spec);
        switch (kind)
        {
            case GoKind.Nil:
                return depth > 0 || verb == "v" ? Pad("<nil>", spec) : "%!" + verb + "(<nil>)";
            case GoKind.String:
                return FormatString(verb, GoValue.AsString(arg!), spec) ?? BadVerb(verb, arg);
            case GoKind.Bool:
                return verb is "t" or "v" ? Pad(GoValue.AsBool(arg!) ? "true" : "false", spec) : BadVerb(verb, arg);
            case GoKind.Int or GoKind.Int64:
                return FormatInteger(verb, GoValue.AsInt64(arg!), spec) ?? BadVerb(verb, arg);
            case GoKind.Float64:
                return FormatFloat(verb, GoValue.AsDouble(arg!), spec) ?? BadVerb(verb, arg);
            case GoKind.Slice:
                {
                    var parts = ((JsonArray)arg!).Select(e => FormatArg(verb, e, spec, depth + 1));
                    return "[" + string.Join(" ", parts) + "]";
                }
            default:
                {
                    var parts = ((JsonObject)arg!).OrderBy(p => p.Key, StringComparer.Ordinal)
                        .Select(p => FormatArg(verb, JsonValue.Create(p.Key), spec, depth + 1) + ":" + FormatArg(verb, p.Value, spec, depth + 1));
                    return "map[" + string.Join(" ", parts) + "]";
                }
        }
    }

    private static string BadVerb(string verb, JsonNode? arg) => "%!" + verb + "(" + GoValue.TypeName(arg) + "=" + FormatV(arg) + ")";

    private static string? FormatString(string verb, string s, Spec spec)
    {
        switch (verb)
        {
            case "s" or "v":
                if (spec.Precision >= 0)
                {
                    var runes = s.EnumerateRunes().Take(spec.Precision);
                    s = string.Concat(runes.Select(r => r.ToString()));
                }
                return Pad(s, spec);
            case "q":
                return Pad(GoQuote.Quote(s), spec);
            case "x" or "X":
                {
                    var hex = Convert.ToHexString(Encoding.UTF8.GetBytes(s));
                    return Pad(verb == "x" ? hex.ToLowerInvariant() : hex, spec);
                }
            default:
                return null;
        }
    }

    private static string? FormatInteger(string verb, long value, Spec spec)
    {
        var negative = value < 0;
        var magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        string digits;
        var prefix = "";
        switch (verb)
        {
            case "d" or "v": digits = magnitude.ToString(CultureInfo.InvariantCulture); break;
            case "b": digits = Convert.ToString((long)magnitude, 2); break;
            case "o": digits = Convert.ToString((long)magnitude, 8); if (spec.Sharp) prefix = "0"; break;
            case "O": digits = Convert.ToString((long)magnitude, 8); prefix = "0o"; break;
            case "x": digits = magnitude.ToString("x", CultureInfo.InvariantCulture); if (spec.Sharp) prefix = "0x"; break;
            case "X": digits = magnitude.ToString("X", CultureInfo.InvariantCulture); if (spec.Sharp) prefix = "0X"; break;
            case "c": return Pad(char.ConvertFromUtf32((int)value), spec);
            case "q": return Pad("'" + char.ConvertFromUtf32((int)value) + "'", spec);
            case "U": return Pad("U+" + value.ToString("X4", CultureInfo.InvariantCulture), spec);
            default: return null;
        }
        if (spec.Precision >= 0 && digits.Length < spec.Precision) digits = new string('0', spec.Precision - digits.Length) + digits;
        if (spec.Precision == 0 && value == 0) digits = "";
        var sign = negative ? "-" : spec.Plus ? "+" : spec.Space ? " " : "";
        return PadNumber(sign, prefix + digits, spec);
    }

    private static string? FormatFloat(string verb, double value, Spec spec)
    {
        string body;
        switch (verb)
        {
            case "v" or "g" or "G":
                body = spec.Precision < 0 ? GoFloat.FormatG(Math.Abs(value)) : FormatGPrecision(Math.Abs(value), spec.Precision);
                if (verb == "G") body = body.ToUpperInvariant();
                break;
            case "f" or "F":
                body = double.IsFinite(value) ? Math.Abs(value).ToString("F" + (spec.Precision < 0 ? 6 : spec.Precision), CultureInfo.InvariantCulture) : GoFloat.FormatG(Math.Abs(value));
                break;
            case "e" or "E":
                body = double.IsFinite(value) ? FormatE(Math.Abs(value), spec.Precision < 0 ? 6 : spec.Precision) : GoFloat.FormatG(Math.Abs(value));
                if (verb == "E") body = body.ToUpperInvariant();
                break;
            default:
                return null;
        }
        if (body.StartsWith('+')) body = body[1..];
        var sign = double.IsNegative(value) && !double.IsNaN(value) ? "-" : spec.Plus ? "+" : spec.Space ? " " : "";
        return PadNumber(sign, body, spec);
    }

    private static string FormatE(double value, int precision)
    {
        var s = value.ToString("E" + precision, CultureInfo.InvariantCulture);
        var e = s.IndexOf('E');
        var exp = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return s[..e] + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string FormatGPrecision(double value, int precision)
    {
        if (!double.IsFinite(value)) return GoFloat.FormatG(value);
        if (precision == 0) precision = 1;
        if (value == 0) return "0";
        var s = value.ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
        var e = s.IndexOf('E');
        var exp = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var digits = s[..e].Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var point = exp + 1;
        var eprec = precision;
        if (eprec > digits.Length && digits.Length >= point) eprec = digits.Length;
        if (exp < -4 || exp >= eprec) return GoFloat.Exponent(digits, exp);
        return GoFloat.Fixed(digits, point);
    }

    private static string PadNumber(string sign, string body, Spec spec)
    {
        if (spec.Width < 0 || sign.Length + body.Length >= spec.Width) return sign + body;
        var fill = spec.Width - sign.Length - body.Length;
        if (spec.Minus) return sign + body + new string(' ', fill);
        if (spec.Zero) return sign + new string('0', fill) + body;
        return new string(' ', fill) + sign + body;
    }

    private static string Pad(string s, Spec spec)
    {
        var length = s.EnumerateRunes().Count();
        if (spec.Width < 0 || length >= spec.Width) return s;
        var fill = new string(spec.Zero && !spec.Minus ? '0' : ' ', spec.Width - length);
        return spec.Minus ? s + fill : fill + s;
    }
}
