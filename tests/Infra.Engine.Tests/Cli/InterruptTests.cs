using System.Diagnostics;
using Infra.Engine.Tests.Support;

namespace Infra.Engine.Tests.Cli;

/// <summary>
/// Real SIGINTs to a child process running up on a slow program: once, it finishes the steps in flight, writes
/// state and exits non-zero; twice, it aborts at once; either way the next up converges with nothing lost or doubled.
/// </summary>
public sealed class InterruptTests
{
    private const int Things = 6;

    private static readonly string ProgramDll = Path.Combine(AppContext.BaseDirectory, "Infra.TestPrograms.dll");

    private static Process Start(TempProject project, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ProgramDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["INFRA_CONFIG_PASSPHRASE"] = TempProject.Passphrase;
        return Process.Start(start)!;
    }

    private static void SendInterrupt(Process process)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static async Task WaitForAsync(Func<bool> condition, Process process, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(process.HasExited, $"the child exited before {what}");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }

    private static int Count(TempProject project, string call) => project.Calls().Count(line => line.Contains($" {call} ", StringComparison.Ordinal));

    /// <summary>
    /// Each create takes <paramref name="delayMs"/>: long enough that the second interrupt lands while one is in flight,
    /// even when a loaded machine is slow to show the first one's acknowledgement (the abort itself must take under 5 s).
    /// </summary>
    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 10000)]
    public async Task Up_Interrupted_StopsAndNextUpConverges(int interrupts, int delayMs)
    {
        using var project = new TempProject(stackYaml: $"config:\n  testproj:things: {Things}\n  testproj:chain: true\n  testproj:delayMs: {delayMs}\n");
        using var child = Start(project, "up", "--stack", "dev", "--yes");
        var error = new System.Text.StringBuilder();
        child.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }
        };
        child.BeginErrorReadLine();
        var output = child.StandardOutput.ReadToEndAsync();
        string Error()
        {
            lock (error)
            {
                return error.ToString();
            }
        }

        await WaitForAsync(() => Count(project, "create-start") >= 2, child, "the second create to start");
        SendInterrupt(child);
        var interrupted = Stopwatch.StartNew();
        if (interrupts == 2)
        {
            await WaitForAsync(() => Error().Contains("Interrupted:", StringComparison.Ordinal), child, "the first interrupt to be acknowledged");
            SendInterrupt(child);
        }
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var stopped = interrupted.Elapsed;
        await output;

        Assert.NotEqual(0, child.ExitCode);
        Assert.Contains("Interrupted: finishing steps in flight", Error());
        if (interrupts == 1)
        {
            // The create in flight finished (its delay ran out) and was written to state; nothing after it started.
            Assert.Equal(Count(project, "create-start"), Count(project, "create-end"));
            Assert.Equal(2, Count(project, "create-end"));
            Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
            Assert.True(stopped > TimeSpan.FromMilliseconds(200), $"stopped after {stopped}: the create in flight was cut short");
        }
        else
        {
            Assert.True(child.ExitCode == 130, $"exit {child.ExitCode} after {stopped}: {Error()}");
            Assert.True(stopped < TimeSpan.FromSeconds(5), $"the second interrupt took {stopped} to abort");
        }

        File.WriteAllText(project.Path("Pulumi.dev.yaml"), $"config:\n  testproj:things: {Things}\n  testproj:chain: true\n");
        var next = await RunAsync(project, "up", "--stack", "dev", "--yes");
        Assert.True(next.Code == 0, next.Out + next.Error);
        Assert.Equal(Things, project.WorldFiles().Count);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
        Assert.Equal(Things, Count(project, "create-end"));
        var preview = await RunAsync(project, "preview", "--stack", "dev");
        Assert.Contains("(no changes)", preview.Out);
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(TempProject project, params string[] args)
    {
        using var process = Start(project, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
