using System.Text;

namespace Infra.Testing;

/// <summary>A line-based unified diff (longest common subsequence, three lines of context).</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string expected, string actual, string expectedName, string actualName)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);
        var text = new StringBuilder();
        text.Append("--- ").Append(expectedName).Append('\n').Append("+++ ").Append(actualName).Append('\n');
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Op == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            var lastChange = i;
            while (end < edits.Count && end - lastChange <= 2 * Context)
            {
                if (edits[end].Op != ' ')
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(edits.Count, lastChange + Context + 1);
            var hunk = edits.GetRange(start, end - start);
            var oldStart = hunk.FirstOrDefault(e => e.Op != '+').OldLine;
            var newStart = hunk.FirstOrDefault(e => e.Op != '-').NewLine;
            text.Append($"@@ -{oldStart + 1},{hunk.Count(e => e.Op != '+')} +{newStart + 1},{hunk.Count(e => e.Op != '-')} @@\n");
            foreach (var edit in hunk)
            {
                text.Append(edit.Op).Append(edit.Text).Append('\n');
            }

            i = end;
        }

        return text.ToString();
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        {
            for (var y = b.Length - 1; y >= 0; y--)
            {
                lengths[x, y] = a[x] == b[y] ? lengths[x + 1, y + 1] + 1 : Math.Max(lengths[x + 1, y], lengths[x, y + 1]);
            }
        }

        var edits = new List<Edit>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                edits.Add(new Edit(' ', a[i], i++, j++));
            }
            else if (j < b.Length && (i == a.Length || lengths[i, j + 1] >= lengths[i + 1, j]))
            {
                edits.Add(new Edit('+', b[j], i, j++));
            }
            else
            {
                edits.Add(new Edit('-', a[i], i++, j));
            }
        }

        return edits;
    }

    private readonly record struct Edit(char Op, string Text, int OldLine, int NewLine);
}
