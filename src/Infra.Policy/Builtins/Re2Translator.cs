using System.Text;

namespace Infra.Policy.Builtins;

/// <summary>
/// Translates an RE2 pattern into an equivalent .NET pattern: ASCII-only <c>\d \w \s</c>, <c>$</c> as end of text,
/// <c>(?P&lt;name&gt;…)</c> groups; and rejects Perl-only syntax RE2 refuses (look-around, backreferences, atomic groups).
/// </summary>
internal static class Re2Translator
{
    /// <summary>The .NET pattern, or an error text in Go's words when RE2 would reject the pattern.</summary>
    public static (string? Pattern, string? Error) Translate(string re2) => Translate(re2, new Dictionary<string, int>());

    /// <summary>
    /// As <see cref="Translate(string)"/>; named groups become numbered groups (so capture order matches RE2's
    /// left-to-right numbering) and <paramref name="names"/> receives each name's group number.
    /// </summary>
    public static (string? Pattern, string? Error) Translate(string re2, Dictionary<string, int> names)
    {
        var sb = new StringBuilder();
        var groups = 0;
        var inClass = false;
        var multiline = false;
        for (var i = 0; i < re2.Length; i++)
        {
            var c = re2[i];
            if (c == '\\' && i + 1 < re2.Length)
            {
                var e = re2[i + 1];
                i++;
                switch (e)
                {
                    case >= '1' and <= '9' when !inClass:
                        return (null, $"invalid escape sequence: `\\{e}`");
                    case 'k' when !inClass && i + 1 < re2.Length && re2[i + 1] == '<':
                        return (null, "invalid escape sequence: `\\k`");
                    case 'Z':
                        return (null, "invalid escape sequence: `\\Z`");
                    case 'd': sb.Append(inClass ? "0-9" : "[0-9]"); continue;
                    case 'D' when !inClass: sb.Append("[^0-9]"); continue;
                    case 'w': sb.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]"); continue;
                    case 'W' when !inClass: sb.Append("[^0-9A-Za-z_]"); continue;
                    case 's': sb.Append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]"); continue;
                    case 'S' when !inClass: sb.Append("[^\\t\\n\\f\\r ]"); continue;
                    default: sb.Append('\\').Append(e); continue;
                }
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                sb.Append(c);
                continue;
            }
            switch (c)
            {
                case '[':
                    inClass = true;
                    sb.Append(c);
                    if (i + 1 < re2.Length && re2[i + 1] == '^') { sb.Append('^'); i++; }
                    if (i + 1 < re2.Length && re2[i + 1] == ']') { sb.Append("\\]"); i++; }
                    continue;
                case '(' when i + 1 < re2.Length && re2[i + 1] == '?':
                    var rest = re2[(i + 2)..];
                    if (rest.StartsWith('=') || rest.StartsWith('!') || rest.StartsWith("<=", StringComparison.Ordinal) || rest.StartsWith("<!", StringComparison.Ordinal) || rest.StartsWith('>'))
                        return (null, $"invalid or unsupported Perl syntax: `(?{rest[..Math.Min(rest.Length, rest.StartsWith('<') ? 2 : 1)]}`");
                    if (rest.StartsWith("P<", StringComparison.Ordinal) || (rest.StartsWith('<') && !rest.StartsWith("<=", StringComparison.Ordinal)))
                    {
                        var nameStart = rest.IndexOf('<') + 1;
                        var close = rest.IndexOf('>', nameStart);
                        if (close < 0) return (null, "invalid named capture");
                        names[rest[nameStart..close]] = ++groups;
                        sb.Append('(');
                        i += 2 + close;
                        continue;
                    }
                    var flagsEnd = rest.IndexOfAny([')', ':']);
                    if (flagsEnd > 0 && rest[..flagsEnd].Contains('m')) multiline = true;
                    sb.Append(c);
                    continue;
                case '(':
                    groups++;
                    sb.Append(c);
                    continue;
                case '$' when !multiline:
                    sb.Append("\\z");
                    continue;
                case '+' or '*' or '?' or '}' when i + 1 < re2.Length && re2[i + 1] == '+':
                    return (null, $"invalid nested repetition operator: `{c}+`");
                default:
                    sb.Append(c);
                    continue;
            }
        }
        return (sb.ToString(), null);
    }
}
