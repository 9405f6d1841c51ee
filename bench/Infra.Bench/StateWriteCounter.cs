using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Bench;

/// <summary>
/// Counts the bytes a child writes to state files (journal.log and checkpoint.json, its temporary file and its
/// backup) by running it under <c>strace -f -y</c> and summing the write, pwrite64 and copy_file_range calls whose
/// target path is a state file. This run is untimed: strace slows the child down.
/// </summary>
public sealed partial class StateWriteCounter(ChildRunner runner)
{
    public static bool IsAvailable { get; } = File.Exists("/usr/bin/strace");

    public async Task<(Measurement Run, long StateBytes)> RunAsync(ChildCommand command, CancellationToken cancellationToken)
    {
        var log = Path.Combine(command.WorkingDirectory, $"strace-{Guid.NewGuid():N}.log");
        var traced = new ChildCommand(
            "/usr/bin/strace",
            ["-f", "-qq", "-s", "0", "-y", "-e", "trace=write,pwrite64,copy_file_range", "-e", "signal=none", "-o", log, command.Program, .. command.Arguments],
            command.WorkingDirectory,
            command.Environment);
        var run = await runner.RunAsync(traced, cancellationToken).ConfigureAwait(false);
        long bytes = 0;
        if (File.Exists(log))
        {
            foreach (var line in File.ReadLines(log))
            {
                bytes += StateBytesOf(line);
            }
            File.Delete(log);
        }
        return (run, bytes);
    }

    /// <summary>The bytes one strace line writes to a state file (the requested count: unfinished calls too).</summary>
    public static long StateBytesOf(string line)
    {
        var write = WriteCall().Match(line);
        if (write.Success)
        {
            return IsStateFile(write.Groups["path"].Value) ? long.Parse(write.Groups["count"].Value, CultureInfo.InvariantCulture) : 0;
        }
        var copy = CopyCall().Match(line);
        return copy.Success && IsStateFile(copy.Groups["path"].Value) ? long.Parse(copy.Groups["count"].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static bool IsStateFile(string path)
    {
        var name = Path.GetFileName(path);
        return path.Contains("/.infra/", StringComparison.Ordinal)
            && (name == "journal.log" || name.StartsWith("checkpoint.json", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(?:write|pwrite64)\(\d+<(?<path>[^>]*)>, [^,]*, (?<count>\d+)")]
    private static partial Regex WriteCall();

    [GeneratedRegex(@"\bcopy_file_range\(\d+<[^>]*>, [^,]*, \d+<(?<path>[^>]*)>, [^,]*, (?<count>\d+)")]
    private static partial Regex CopyCall();
}
