using System.Globalization;

namespace Infra.Cli;

/// <summary>
/// How much a command may allocate before the first garbage collection. A command is a batch process of seconds that
/// builds one large object graph (the program's resources, the old and the new state) and keeps nearly all of it to
/// the end: collections in that time find almost everything alive and only copy it from generation to generation. At
/// 10,000 resources they were a third of a no-op <c>up</c>. So the process starts in a no-GC region of this size; past
/// it the runtime collects and tunes itself as usual, so memory stays bounded by the headroom plus what is live.
/// </summary>
/// <remarks>
/// <c>INFRA_GC_HEADROOM_MB</c> sets the size in MiB (0 turns it off). The default is 1 GiB, and the headroom never
/// exceeds an eighth of the memory available to the process (a container's limit included).
/// </remarks>
public static class CollectionHeadroom
{
    /// <summary>The environment variable that sets the headroom in MiB.</summary>
    public const string Variable = "INFRA_GC_HEADROOM_MB";

    /// <summary>The headroom when the variable is not set, in MiB.</summary>
    public const long DefaultMiB = 1024;

    /// <summary>
    /// The headroom in bytes for a process with <paramref name="availableBytes"/> of memory, given the variable's
    /// value (null when unset); 0 means none.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a whole number of MiB.</exception>
    public static long Bytes(string? configured, long availableBytes)
    {
        var mib = DefaultMiB;
        if (!string.IsNullOrWhiteSpace(configured)
            && (!long.TryParse(configured.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out mib)))
        {
            throw new ArgumentException($"{Variable} must be a whole number of MiB (0 turns the headroom off), not '{configured}'.");
        }
        // Clamped before scaling: no machine has more than this, and a larger number must not overflow to 'off'.
        return Math.Min(Math.Min(mib, 1L << 30) * 1024 * 1024, Math.Max(0, availableBytes / 8));
    }

    /// <summary>Starts the no-GC region for this process; returns false when it is off or the runtime refused it.</summary>
    /// <param name="configured">The variable's value, null when unset.</param>
    public static bool Apply(string? configured)
    {
        var bytes = Bytes(configured, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        if (bytes <= 0 || System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            return false;
        }
        try
        {
            return GC.TryStartNoGCRegion(bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's ephemeral space allows: run with ordinary collections.
            return false;
        }
    }
}
