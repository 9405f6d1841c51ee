namespace Infra.Backends.Tests.Reliability;

/// <summary>The outcome of one CLI run.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
