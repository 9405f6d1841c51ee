using System.Text;

namespace Infra.Cli.Display;

/// <summary>
/// Standard output for a process whose output goes to a pipe or a file (CI logs): written in batches — flushed at most
/// every 50 ms and when the process exits — instead of with one system call per line as <see cref="Console.Out"/> does.
/// A 10,000-resource run prints 20,000 lines; a log reader still sees each within 50 ms.
/// </summary>
internal static class BatchedStandardOutput
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>A synchronized, periodically flushed writer over the process's standard output.</summary>
    public static TextWriter Create()
    {
        var writer = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false });
        var timer = new Timer(_ => FlushQuietly(writer), null, FlushEvery, FlushEvery);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            timer.Dispose();
            FlushQuietly(writer);
        };
        return writer;
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // The reader went away (a closed pipe): there is no one left to show the lines to.
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
