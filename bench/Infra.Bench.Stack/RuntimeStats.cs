using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Infra.Bench.Stack;

/// <summary>
/// With <c>INFRA_BENCH_STATS=1</c>, prints to standard error when the command ends what the runtime spent on it: methods
/// compiled by the JIT and their compile time (what ReadyToRun removes), garbage collections per generation and their
/// pause time, and the process's lifetime. Used to A/B runtime settings without a profiler's overhead.
/// </summary>
internal static class RuntimeStats
{
    public static bool Enabled => Environment.GetEnvironmentVariable("INFRA_BENCH_STATS") == "1";

    public static void Print(TextWriter error)
    {
        var uptime = DateTime.Now - Process.GetCurrentProcess().StartTime;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench-stats: uptime_ms={uptime.TotalMilliseconds:F0} jit_methods={System.Runtime.JitInfo.GetCompiledMethodCount()} jit_ms={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} heap_mib={GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} allocated_mib={GC.GetTotalAllocatedBytes() / 1048576.0:F0} server_gc={GCSettings.IsServerGC} gc_mode={GCSettings.LatencyMode}"));
    }
}
