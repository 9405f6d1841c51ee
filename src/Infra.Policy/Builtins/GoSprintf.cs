using System.Globalization;
using System.Numerics;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Go <c>fmt.Sprintf</c> verbs over Rego values (%s %v %d %x %X %o %b %f %e %g %q %t %c %%).</summary>
internal static class GoSprintf
{
    public static string Format(string format, IReadOnlyList<Value> args)
    {
        var sb = new StringBuilder();
        var argi = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            i++;
            if (i >= format.Length) { sb.Append("%!(NOVERB)"); break; }
            var flags = "";
            while (i < format.Length && "+-# 0".Contains(format[i])) flags += format[i++];
            var width = -1;
            var ws = i;
            while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
            if (i > ws) width = int.Parse(format.AsSpan(ws, i - ws), CultureInfo.InvariantCulture);
            var prec = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                var ps = i;
                while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                prec = i > ps ? int.Parse(format.AsSpan(ps, i - ps), CultureInfo.InvariantCulture) : 0;
            }
            if (i >= format.Length) { sb.Append("%!(NOVERB)"); break; }
            var verb = format[i];
            if (verb == '%') { sb.Append('%'); continue; }
            if (argi >= args.Count) { sb.Append("%!").Append(verb).Append("(MISSING)"); continue; }
            var text = FormatOne(verb, flags, prec, args[argi++]);
            sb.Append(Pad(text, width, flags));
        }
        if (argi < args.Count)
        {
            sb.Append("%!(EXTRA ");
            sb.Append(string.Join(", ", args.Skip(argi).Select(a => $"{GoTypeName(a)}={Plain(a)}")));
            sb.Append(')');
        }
        return sb.ToString();
    }

    private static string GoTypeName(Value v) => v switch
    {
        StringValue => "string",
        NumberValue => "json.Number",
        BoolValue => "bool",
        _ => "ast.Value",
    };

    private static string Pad(string s, int width, string flags)
    {
        if (width < 0 || s.Length >= width) return s;
        if (flags.Contains('-')) return s.PadRight(width);
        if (flags.Contains('0'))
        {
            var neg = s.StartsWith('-') || s.StartsWith('+');
            return neg ? s[0] + s[1..].PadLeft(width - 1, '0') : s.PadLeft(width, '0');
        }
        return s.PadLeft(width);
    }

    /// <summary>How <c>%v</c> and <c>%s</c> print a value: strings raw, everything else as Rego text.</summary>
    public static string Plain(Value v) => v is StringValue s ? s.Value : v.ToString();

    private static string FormatOne(char verb, string flags, int prec, Value v)
    {
        switch (verb)
        {
            case 'v':
            case 's':
                var p = Plain(v);
                return prec >= 0 && verb == 's' && p.Length > prec ? p[..prec] : p;
            case 'q':
                return v is StringValue qs ? Quote(qs.Value) : $"%!q({Plain(v)})";
            case 't':
                return v is BoolValue b ? (b.Value ? "true" : "false") : $"%!t({Plain(v)})";
            case 'd':
                if (v is NumberValue dn && dn.TryGetBigInteger(out var di) && dn.IsInteger)
                    return (flags.Contains('+') && di.Sign >= 0 ? "+" : "") + di.ToString(CultureInfo.InvariantCulture);
                return $"%!d({Plain(v)})";
            case 'x' or 'X' or 'o' or 'b' when v is NumberValue n && n.IsInteger:
                var radix = verb switch { 'x' or 'X' => 16, 'o' => 8, _ => 2 };
                var digits = Radix(BigInteger.Abs(n.Integer), radix);
                if (verb == 'X') digits = digits.ToUpperInvariant();
                if (flags.Contains('#')) digits = (verb switch { 'x' => "0x", 'X' => "0X", 'o' => "0", _ => "" }) + digits;
                return (n.Integer.Sign < 0 ? "-" : "") + digits;
            case 'x' or 'X' when v is StringValue xs:
                var hex = Convert.ToHexString(Encoding.UTF8.GetBytes(xs.Value));
                return verb == 'x' ? hex.ToLowerInvariant() : hex;
            case 'c' when v is NumberValue cn && cn.TryGetInt64(out var cp):
                return char.ConvertFromUtf32((int)cp);
            case 'f' or 'F' or 'e' or 'E' or 'g' or 'G' when v is NumberValue fn:
                return FormatFloat(verb, prec, fn.AsDouble, flags);
            default:
                return $"%!{verb}({GoTypeName(v)}={Plain(v)})";
        }
    }

    private static string FormatFloat(char verb, int prec, double d, string flags)
    {
        string s;
        switch (verb)
        {
            case 'f' or 'F':
                s = d.ToString("F" + (prec < 0 ? 6 : prec), CultureInfo.InvariantCulture);
                break;
            case 'e' or 'E':
                s = d.ToString((verb == 'e' ? "e" : "E") + (prec < 0 ? 6 : prec), CultureInfo.InvariantCulture);
                s = FixExponent(s);
                break;
            default:
                s = prec < 0 ? GoFloat.FormatG(d) : d.ToString("G" + prec, CultureInfo.InvariantCulture);
                if (verb == 'G') s = s.ToUpperInvariant();
                break;
        }
        if (flags.Contains('+') && d >= 0) s = "+" + s;
        return s;
    }

    private static string FixExponent(string s)
    {
        // .NET prints e+006; Go prints e+06.
        var idx = s.IndexOfAny(['e', 'E']);
        if (idx < 0) return s;
        var sign = s[idx + 1];
        var exp = s[(idx + 2)..].TrimStart('0');
        if (exp.Length < 2) exp = exp.PadLeft(2, '0');
        return s[..(idx + 1)] + sign + exp;
    }

    public static string Radix(BigInteger n, int radix)
    {
        if (n.IsZero) return "0";
        var sb = new StringBuilder();
        while (n > 0)
        {
            var r = (int)(n % radix);
            sb.Insert(0, "0123456789abcdef"[r]);
            n /= radix;
        }
        return sb.ToString();
    }

    /// <summary>Go's <c>strconv.Quote</c>.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var r in s.EnumerateRunes())
        {
            switch (r.Value)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (r.Value < 0x20 || r.Value == 0x7f) sb.Append("\\x").Append(r.Value.ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(r.ToString());
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
