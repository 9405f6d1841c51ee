using System.Diagnostics;
using Infra.Engine.Tests.Support;

namespace Infra.Engine.Tests.Cli;

/// <summary>Runs the test program as a real child process: kill it mid-up, run two at once.</summary>
public sealed class ChildProcessTests
{
    private static readonly string ProgramDll = Path.Combine(AppContext.BaseDirectory, "Infra.TestPrograms.dll");

    private static Process Start(TempProject project, string[] args, Dictionary<string, string>? extra = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ProgramDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["INFRA_CONFIG_PASSPHRASE"] = TempProject.Passphrase;
        foreach (var (key, value) in extra ?? [])
        {
            start.Environment[key] = value;
        }
        return Process.Start(start)!;
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(TempProject project, string[] args, Dictionary<string, string>? extra = null)
    {
        using var process = Start(project, args, extra);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    private static async Task WaitForFileAsync(string path, Process process)
    {
        var watch = Stopwatch.StartNew();
        while (!File.Exists(path))
        {
            if (process.HasExited)
            {
                Assert.Fail($"the child exited early ({process.ExitCode}): {await process.StandardOutput.ReadToEndAsync()} {await process.StandardError.ReadToEndAsync()}");
            }
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "timed out waiting for the child to block");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task KilledMidUp_NextUpCompletes_NothingLostOrDuplicated()
    {
        using var project = new TempProject(stackYaml: "config:\n  testproj:things: 6\n  testproj:chain: true\n");
        using (var child = Start(project, ["up", "--stack", "dev", "--yes"], new() { ["INFRA_TEST_BLOCK_ON"] = "thing-3" }))
        {
            await WaitForFileAsync(Path.Combine(project.World, ".blocked"), child);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        Assert.Equal(3, project.WorldFiles().Count);

        var second = await RunAsync(project, ["up", "--stack", "dev", "--yes"]);
        Assert.True(second.Code == 0, second.Out + second.Error);
        Assert.Contains("Recovered", second.Error);
        Assert.Equal(6, project.WorldFiles().Count);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));

        var preview = await RunAsync(project, ["preview", "--stack", "dev"]);
        Assert.True(preview.Code == 0, preview.Out + preview.Error);
        Assert.Contains("(no changes)", preview.Out);
    }

    [Fact]
    public async Task KilledMidUp_WithDeferredEffects_NextUpCompletes_NothingLostOrDuplicated()
    {
        // Steps of a provider that defers its effects go on once their records are queued, not durable: a kill may
        // lose the last of them, but never an effect, since none is visible before the journal is flushed.
        using var project = new TempProject(stackYaml: "config:\n  testproj:things: 6\n  testproj:chain: true\n  files:deferWrites: \"true\"\n");
        using (var child = Start(project, ["up", "--stack", "dev", "--yes"], new() { ["INFRA_TEST_BLOCK_ON"] = "thing-3" }))
        {
            await WaitForFileAsync(Path.Combine(project.World, ".blocked"), child);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        Assert.Empty(project.WorldFiles());

        var second = await RunAsync(project, ["up", "--stack", "dev", "--yes"]);
        Assert.True(second.Code == 0, second.Out + second.Error);
        Assert.Equal(6, project.WorldFiles().Count);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));

        var preview = await RunAsync(project, ["preview", "--stack", "dev"]);
        Assert.True(preview.Code == 0, preview.Out + preview.Error);
        Assert.Contains("(no changes)", preview.Out);
    }

    [Fact]
    public async Task TwoUpsAtOnce_OneProceeds_TheOtherExitsFourNamingTheHolder()
    {
        using var project = new TempProject(stackYaml: "config:\n  testproj:things: 1\n");
        using var first = Start(project, ["up", "--stack", "dev", "--yes"], new() { ["INFRA_TEST_BLOCK_ON"] = "thing-0" });
        await WaitForFileAsync(Path.Combine(project.World, ".blocked"), first);
        var second = await RunAsync(project, ["up", "--stack", "dev", "--yes"]);
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();
        Assert.Equal(4, second.Code);
        Assert.Contains("stack 'dev' is locked by", second.Error);
        Assert.Contains($"(pid {first.Id})", second.Error);
        Assert.Contains("running 'up'", second.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("64")]
    [InlineData(null)]
    public async Task UpUnderAnyCollectionHeadroom_DeploysTheSameStack(string? headroom)
    {
        using var project = new TempProject(stackYaml: "config:\n  testproj:things: 4\n");
        var extra = headroom is null ? null : new Dictionary<string, string> { ["INFRA_GC_HEADROOM_MB"] = headroom };
        var up = await RunAsync(project, ["up", "--stack", "dev", "--yes"], extra);
        Assert.True(up.Code == 0, up.Out + up.Error);
        Assert.Equal(4, project.WorldFiles().Count);
        var again = await RunAsync(project, ["up", "--stack", "dev", "--yes"], extra);
        Assert.True(again.Code == 0, again.Out + again.Error);
        Assert.Contains("no changes", again.Out);
    }

    [Fact]
    public async Task BadCollectionHeadroom_ExitsTwoNamingTheVariable_BeforeTouchingState()
    {
        using var project = new TempProject(stackYaml: "config:\n  testproj:things: 2\n");
        var result = await RunAsync(project, ["up", "--stack", "dev", "--yes"], new() { ["INFRA_GC_HEADROOM_MB"] = "lots" });
        Assert.Equal(2, result.Code);
        Assert.Contains("INFRA_GC_HEADROOM_MB must be a whole number of MiB", result.Error);
        Assert.Contains("'lots'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Empty(project.WorldFiles());
    }
}
