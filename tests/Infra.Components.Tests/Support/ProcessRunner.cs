using System.Diagnostics;

namespace Infra.Components.Tests.Support;

/// <summary>Runs a child process (dotnet build/test/pack, a built program) and captures its output.</summary>
internal static class ProcessRunner
{
    public static async Task<CliRun> RunAsync(string file, IReadOnlyList<string> args, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("INFRA_ACCEPT_SNAPSHOTS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 6 minutes:\n{await output}{await error}");
        }
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>Runs and fails the test with the output when the exit code is not 0.</summary>
    public static async Task<CliRun> RunOkAsync(string file, IReadOnlyList<string> args, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var run = await RunAsync(file, args, directory, environment);
        Assert.True(run.ExitCode == 0, $"{file} {string.Join(' ', args)} in {directory}:\n{run}");
        return run;
    }
}
