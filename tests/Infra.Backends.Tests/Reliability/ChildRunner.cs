using System.Diagnostics;

namespace Infra.Backends.Tests.Reliability;

/// <summary>Runs the test program (Infra.TestPrograms, a ConfiguredStack hosting the CLI) as a real child process.</summary>
public static class ChildRunner
{
    private static readonly string ProgramDll = Path.Combine(AppContext.BaseDirectory, "Infra.TestPrograms.dll");

    public static Process Start(CliProject project, string[] args, IReadOnlyDictionary<string, string>? extra = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ProgramDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in project.Variables)
        {
            start.Environment[key] = value;
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        return Process.Start(start)!;
    }

    public static async Task<CliRun> RunAsync(CliProject project, string[] args, IReadOnlyDictionary<string, string>? extra = null)
    {
        using var process = Start(project, args, extra);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>Waits until the provider signals that the child is blocked inside a create (the file <c>world/.blocked</c>).</summary>
    public static async Task WaitUntilBlockedAsync(CliProject project, Process process)
    {
        var watch = Stopwatch.StartNew();
        var marker = Path.Combine(project.World, ".blocked");
        while (!File.Exists(marker))
        {
            if (process.HasExited)
            {
                Assert.Fail($"the child exited early ({process.ExitCode}): {await process.StandardOutput.ReadToEndAsync()} {await process.StandardError.ReadToEndAsync()}");
            }
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "timed out waiting for the child to block");
            await Task.Delay(50);
        }
    }
}
