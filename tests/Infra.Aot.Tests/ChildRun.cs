using System.Diagnostics;

namespace Infra.Aot.Tests;

/// <summary>What a finished child process printed.</summary>
public sealed record ChildRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <paramref name="program"/> (a native executable, or a .dll run by <c>dotnet</c>) to its end.</summary>
    public static async Task<ChildRun> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            FileName = program.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : program,
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (program.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        return new ChildRun(process.ExitCode, await output, await error);
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
