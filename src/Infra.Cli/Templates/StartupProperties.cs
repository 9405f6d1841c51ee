namespace Infra.Cli.Templates;

/// <summary>
/// MSBuild properties a generated stack program gets for short-lived commands, each measured with the bench
/// (README.md, "Benchmarks"): <c>PublishReadyToRun</c> precompiles the program and its packages on
/// <c>dotnet publish</c> (no JIT at start: ≈ 0.4 s less per command); <c>TieredPGO</c> off, because a command lives
/// seconds and profile-guided re-JIT never pays back its instrumentation.
/// </summary>
internal static class StartupProperties
{
    public static IReadOnlyList<(string Name, string Value)> Program { get; } = [("PublishReadyToRun", "true"), ("TieredPGO", "false")];
}
