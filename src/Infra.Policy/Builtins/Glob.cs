using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>glob.match</c> (gobwas/glob syntax: * ** ? [..] [!..] {a,b} \) and <c>glob.quote_meta</c>.</summary>
internal static class Glob
{
    public static void Register(BuiltinTable t)
    {
        t.Add("glob.match", 3, a =>
        {
            var pattern = Args.Str(a, 0);
            var delims = a[1] switch
            {
                NullValue => [],
                ArrayValue arr => arr.Items.Select(v => v is StringValue s ? s.Value : throw BuiltinException.Type("operand 2 must be array of strings")).ToList(),
                _ => throw Args.OneOf(1, a[1], "array", "null"),
            };
            if (a[1] is ArrayValue { Count: 0 }) delims = ["."];
            var input = Args.Str(a, 2);
            return BoolValue.Of(Compile(pattern, delims).IsMatch(input));
        });
        t.Add("glob.quote_meta", 1, a =>
        {
            var sb = new StringBuilder();
            foreach (var c in Args.Str(a, 0))
            {
                if ("*?\\[]{}".Contains(c)) sb.Append('\\');
                sb.Append(c);
            }
            return new StringValue(sb.ToString());
        });
    }

    public static Regex Compile(string pattern, IReadOnlyList<string> delimiters)
    {
        var sep = delimiters.Count == 0 ? "" : string.Concat(delimiters.Select(d => Regex.Escape(d).Replace("]", "\\]", StringComparison.Ordinal).Replace("-", "\\-", StringComparison.Ordinal)));
        var notSep = sep.Length == 0 ? "[\\s\\S]" : $"[^{sep}]";
        var sb = new StringBuilder("^");
        var i = 0;
        Translate(pattern, ref i, sb, notSep, inBraces: false);
        sb.Append('$');
        try
        {
            return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException)
        {
            throw BuiltinException.Error($"unexpected end of input: invalid glob pattern {pattern}");
        }
    }

    private static void Translate(string p, ref int i, StringBuilder sb, string notSep, bool inBraces)
    {
        while (i < p.Length)
        {
            var c = p[i];
            if (inBraces && (c == ',' || c == '}')) return;
            switch (c)
            {
                case '*':
                    if (i + 1 < p.Length && p[i + 1] == '*')
                    {
                        sb.Append("[\\s\\S]*");
                        i += 2;
                    }
                    else
                    {
                        sb.Append(notSep).Append('*');
                        i++;
                    }
                    break;
                case '?':
                    sb.Append(notSep);
                    i++;
                    break;
                case '[':
                    var end = p.IndexOf(']', i + 1);
                    if (end < 0) throw BuiltinException.Error($"unexpected end of input: invalid glob pattern {p}");
                    var body = p[(i + 1)..end];
                    var neg = body.StartsWith('!');
                    if (neg) body = body[1..];
                    sb.Append('[').Append(neg ? "^" : "").Append(body.Replace("\\", "\\\\", StringComparison.Ordinal)).Append(']');
                    i = end + 1;
                    break;
                case '{':
                    i++;
                    sb.Append("(?:");
                    while (true)
                    {
                        Translate(p, ref i, sb, notSep, inBraces: true);
                        if (i >= p.Length) throw BuiltinException.Error($"unexpected end of input: invalid glob pattern {p}");
                        if (p[i] == ',')
                        {
                            sb.Append('|');
                            i++;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.Append(')');
                    break;
                case '\\':
                    if (i + 1 < p.Length)
                    {
                        sb.Append(Regex.Escape(p[i + 1].ToString()));
                        i += 2;
                    }
                    else i++;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }
    }
}
