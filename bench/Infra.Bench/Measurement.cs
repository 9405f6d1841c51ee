namespace Infra.Bench;

/// <summary>One child process run: wall time (including process start), CPU time (user + system), peak RSS.</summary>
public sealed record Measurement(int ExitCode, TimeSpan Wall, TimeSpan Cpu, long PeakRssBytes, string OutputTail)
{
    public bool Succeeded => ExitCode == 0;
}
