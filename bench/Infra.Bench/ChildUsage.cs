using System.Runtime.InteropServices;

namespace Infra.Bench;

/// <summary>
/// CPU time of reaped children via getrusage(RUSAGE_CHILDREN): the harness runs one child at a time, so the
/// difference before and after a child is that child's user + system time, exact, including its last moments.
/// </summary>
internal static partial class ChildUsage
{
    private const int RusageChildren = -1;

    public static TimeSpan ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }
        var usage = new long[18];
        if (GetRusage(RusageChildren, usage) != 0)
        {
            return TimeSpan.Zero;
        }
        // struct rusage on 64-bit Linux starts with ru_utime and ru_stime, each { tv_sec, tv_usec }.
        var microseconds = (usage[0] * 1_000_000) + usage[1] + (usage[2] * 1_000_000) + usage[3];
        return TimeSpan.FromMicroseconds(microseconds);
    }

    /// <summary>Peak resident set size so far (VmHWM in /proc/PID/status), or 0 when unreadable.</summary>
    public static long PeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    return kilobytes * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, [Out] long[] usage);
}
