using System.Text;

namespace Infra.Bench;

/// <summary>The last lines a child printed, kept for error messages.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly Queue<string> lines = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > capacity)
            {
                lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (lines)
        {
            var text = new StringBuilder();
            foreach (var line in lines)
            {
                text.AppendLine(line);
            }
            return text.ToString();
        }
    }
}
