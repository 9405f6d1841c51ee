namespace Infra.Fuzz.Tests.Harness;

/// <summary>What one CLI run on one fuzzed input did.</summary>
public sealed record FuzzOutcome(int ExitCode, string Out, string Error, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalMilliseconds:0} ms\n--- stdout\n{Clip(Out)}\n--- stderr\n{Clip(Error)}";

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
