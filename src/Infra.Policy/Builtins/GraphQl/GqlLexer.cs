using System.Text;

namespace Infra.Policy.Builtins.GraphQl;

/// <summary>Tokenizes GraphQL source (commas and comments are ignored).</summary>
internal static class GqlLexer
{
    public static List<GqlToken> Tokenize(string s)
    {
        var list = new List<GqlToken>();
        var i = 0;
        var line = 1;
        var lineStart = 0;
        while (true)
        {
            while (i < s.Length)
            {
                var c = s[i];
                if (c is ' ' or '\t' or ',' or '\uFEFF') { i++; continue; }
                if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                    i++;
                    line++;
                    lineStart = i;
                    continue;
                }
                if (c == '#')
                {
                    while (i < s.Length && s[i] != '\n' && s[i] != '\r') i++;
                    continue;
                }
                break;
            }
            var col = i - lineStart + 1;
            if (i >= s.Length)
            {
                list.Add(new GqlToken("EOF", "", line, col));
                return list;
            }
            var ch = s[i];
            if (ch == '.' )
            {
                if (i + 2 < s.Length && s[i + 1] == '.' && s[i + 2] == '.')
                {
                    list.Add(new GqlToken("...", "...", line, col));
                    i += 3;
                    continue;
                }
                throw new GqlException("Unexpected <Invalid>", line, col);
            }
            if ("!$&():=@[]{}|".Contains(ch))
            {
                list.Add(new GqlToken(ch.ToString(), ch.ToString(), line, col));
                i++;
                continue;
            }
            if (char.IsAsciiLetter(ch) || ch == '_')
            {
                var b = i;
                while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '_')) i++;
                list.Add(new GqlToken("Name", s[b..i], line, col));
                continue;
            }
            if (char.IsAsciiDigit(ch) || ch == '-')
            {
                var b = i;
                var isFloat = false;
                if (s[i] == '-') i++;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                if (i < s.Length && s[i] == '.') { isFloat = true; i++; while (i < s.Length && char.IsAsciiDigit(s[i])) i++; }
                if (i < s.Length && s[i] is 'e' or 'E')
                {
                    isFloat = true;
                    i++;
                    if (i < s.Length && s[i] is '+' or '-') i++;
                    while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                }
                list.Add(new GqlToken(isFloat ? "Float" : "Int", s[b..i], line, col));
                continue;
            }
            if (ch == '"')
            {
                if (i + 2 < s.Length && s[i + 1] == '"' && s[i + 2] == '"')
                {
                    var end = i + 3;
                    while ((end = s.IndexOf("\"\"\"", end, StringComparison.Ordinal)) > 0 && s[end - 1] == '\\') end += 3;
                    if (end < 0)
                    {
                        var (l2, c2) = Advance(s, i, s.Length, line, lineStart);
                        throw new GqlException("Unexpected <Invalid>", l2, c2);
                    }
                    var raw = s[(i + 3)..end];
                    list.Add(new GqlToken("BlockString", BlockValue(raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal)), line, col + 3));
                    (line, lineStart) = Lines(s, i, end + 3, line, lineStart);
                    i = end + 3;
                    continue;
                }
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= s.Length || s[i] is '\n' or '\r') throw new GqlException("Unexpected <Invalid>", line, i - lineStart + 1);
                    var c = s[i];
                    if (c == '"') { i++; break; }
                    if (c == '\\' && i + 1 < s.Length)
                    {
                        var e = s[i + 1];
                        i += 2;
                        switch (e)
                        {
                            case 'n': sb.Append('\n'); break;
                            case 't': sb.Append('\t'); break;
                            case 'r': sb.Append('\r'); break;
                            case 'b': sb.Append('\b'); break;
                            case 'f': sb.Append('\f'); break;
                            case 'u' when i + 4 <= s.Length:
                                sb.Append((char)Convert.ToInt32(s.Substring(i, 4), 16));
                                i += 4;
                                break;
                            default: sb.Append(e); break;
                        }
                        continue;
                    }
                    sb.Append(c);
                    i++;
                }
                // gqlparser positions a string token after its opening quote.
                list.Add(new GqlToken("String", sb.ToString(), line, col + 1));
                continue;
            }
            throw new GqlException($"Unexpected <Invalid>", line, col);
        }
    }

    private static (int Line, int LineStart) Lines(string s, int from, int to, int line, int lineStart)
    {
        for (var k = from; k < to; k++)
        {
            if (s[k] == '\n' || (s[k] == '\r' && (k + 1 >= s.Length || s[k + 1] != '\n')))
            {
                line++;
                lineStart = k + 1;
            }
        }
        return (line, lineStart);
    }

    private static (int Line, int Column) Advance(string s, int from, int to, int line, int lineStart)
    {
        var (l, ls) = Lines(s, from, to, line, lineStart);
        return (l, to - ls + 1);
    }

    /// <summary>The GraphQL block-string value: common indentation removed, blank first/last lines dropped.</summary>
    private static string BlockValue(string raw)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        int? common = null;
        for (var k = 1; k < lines.Length; k++)
        {
            var ln = lines[k];
            var indent = ln.TakeWhile(c => c is ' ' or '\t').Count();
            if (indent < ln.Length && (common is null || indent < common)) common = indent;
        }
        var result = lines.Select((ln, k) => k > 0 && common is { } c2 && ln.Length >= c2 ? ln[c2..] : ln).ToList();
        while (result.Count > 0 && result[0].Trim().Length == 0) result.RemoveAt(0);
        while (result.Count > 0 && result[^1].Trim().Length == 0) result.RemoveAt(result.Count - 1);
        return string.Join('\n', result);
    }
}
