namespace Infra.Fuzz.Tests.Harness;

/// <summary>
/// How long to fuzz: <c>INFRA_FUZZ_ITERATIONS</c> cases per target (default 120, the bounded run in the suite;
/// bench/fuzz runs thousands), starting from <c>INFRA_FUZZ_SEED</c>; <c>INFRA_FUZZ_REPORT</c> names a file each
/// test appends its numbers to.
/// </summary>
public sealed record FuzzSettings(int Iterations, int Seed, string? ReportPath)
{
    public static FuzzSettings FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable("INFRA_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 120,
        int.TryParse(Environment.GetEnvironmentVariable("INFRA_FUZZ_SEED"), out var s) ? s : 20261126,
        Environment.GetEnvironmentVariable("INFRA_FUZZ_REPORT") is { Length: > 0 } path ? path : null);

    /// <summary>Appends one line to the report file, when there is one.</summary>
    public void Report(string line)
    {
        if (ReportPath is not null)
        {
            lock (typeof(FuzzSettings))
            {
                File.AppendAllText(ReportPath, line + "\n");
            }
        }
    }
}
