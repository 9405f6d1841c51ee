namespace Infra.Shared.Yaml;

/// <summary>
/// A linear pre-pass over YAML text that finds nesting too deep to parse safely, before YamlDotNet sees it: the
/// representation model recurses once per level (a deep document overflows the stack) and the scanner slows down
/// quadratically with flow depth. It counts flow brackets outside quotes, comments and block scalars, and the
/// column at which block content starts (indentation plus compact <c>- </c> / <c>? </c> indicators). It is
/// deliberately conservative: a plain scalar holding brackets may count as nesting, which matters only for
/// documents already near the limit.
/// </summary>
internal static class YamlNestingScanner
{
    /// <summary>The 1-based line and column of the first place nested deeper than allowed, or null.</summary>
    public static (int Line, int Column, string Message)? FindTooDeep(string text, int maxFlowDepth, int maxBlockColumn)
    {
        var flowDepth = 0;
        var line = 1;
        var i = 0;
        var blockScalarIndent = -1;
        char quote = '\0';
        while (i < text.Length)
        {
            var lineStart = i;
            var indent = 0;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
                indent++;
            }
            var blank = i >= text.Length || text[i] is '\n' or '\r' or '#';
            if (blockScalarIndent >= 0 && quote == '\0' && (blank || indent > blockScalarIndent))
            {
                SkipLine(text, ref i, ref line);
                continue;
            }
            blockScalarIndent = -1;
            if (quote == '\0' && flowDepth == 0)
            {
                while (i + 1 < text.Length && text[i] is '-' or '?' or ':' && text[i + 1] is ' ' or '\t')
                {
                    i += 2;
                    while (i < text.Length && text[i] == ' ')
                    {
                        i++;
                    }
                }
                if (i - lineStart > maxBlockColumn)
                {
                    return (line, i - lineStart + 1, $"block nesting reaches column {i - lineStart}; the limit is {maxBlockColumn}.");
                }
            }
            var tokenStart = true;
            var lastSignificant = '\0';
            while (i < text.Length && text[i] != '\n')
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (quote == '"' && c == '\\')
                    {
                        i += 2;
                        continue;
                    }
                    if (c == quote)
                    {
                        if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            i += 2;
                            continue;
                        }
                        quote = '\0';
                    }
                    i++;
                    continue;
                }
                if (c == '#' && tokenStart)
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }
                    break;
                }
                if (tokenStart && c is '"' or '\'')
                {
                    quote = c;
                }
                else if (tokenStart && c is '[' or '{')
                {
                    if (++flowDepth > maxFlowDepth)
                    {
                        return (line, i - lineStart + 1, $"flow collections are nested more than {maxFlowDepth} levels deep.");
                    }
                }
                else if (c is ']' or '}' && flowDepth > 0)
                {
                    flowDepth--;
                }
                tokenStart = c is ' ' or '\t' or '[' or '{' or ',' or ':' or '-' or '?' or '\r';
                if (c is not (' ' or '\t' or '\r'))
                {
                    lastSignificant = c;
                }
                i++;
            }
            if (quote == '\0' && flowDepth == 0 && IsBlockScalarHeader(text, lineStart, i, lastSignificant))
            {
                blockScalarIndent = indent;
            }
            if (i < text.Length)
            {
                i++;
                line++;
            }
        }
        return null;
    }

    private static void SkipLine(string text, ref int i, ref int line)
    {
        while (i < text.Length && text[i] != '\n')
        {
            i++;
        }
        if (i < text.Length)
        {
            i++;
            line++;
        }
    }

    /// <summary>True when the line ends with a block scalar indicator (<c>|</c>, <c>&gt;-</c>, <c>|2</c>…).</summary>
    private static bool IsBlockScalarHeader(string text, int start, int end, char lastSignificant)
    {
        if (lastSignificant == '\0')
        {
            return false;
        }
        var j = end - 1;
        while (j >= start && text[j] is ' ' or '\t' or '\r')
        {
            j--;
        }
        while (j >= start && (char.IsAsciiDigit(text[j]) || text[j] is '-' or '+'))
        {
            j--;
        }
        return j >= start && text[j] is '|' or '>' && (j == start || text[j - 1] is ' ' or '\t');
    }
}
