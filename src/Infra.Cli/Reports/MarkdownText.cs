using System.Text;

namespace Infra.Cli.Reports;

/// <summary>Escaping for GitHub/GitLab-flavoured Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>Text for a table cell: pipes escaped, line breaks as spaces, HTML-sensitive characters escaped.</summary>
    public static string Cell(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '|' => "\\|",
                '\r' or '\n' => " ",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '*' or '_' or '`' or '[' or ']' or '\\' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>An inline code span that survives backticks and pipes in the text (for table cells too).</summary>
    public static string Code(string text)
    {
        var clean = text.Replace('\n', ' ').Replace('\r', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestRun(clean, '`') + 1);
        var pad = clean.StartsWith('`') || clean.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{clean}{pad}{fence}";
    }

    /// <summary>A code fence longer than any run of backticks in <paramref name="body"/>.</summary>
    public static string Fence(string body) => new('`', Math.Max(3, LongestRun(body, '`') + 1));

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
