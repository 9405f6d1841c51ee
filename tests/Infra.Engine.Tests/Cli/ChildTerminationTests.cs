using System.Diagnostics;
using Infra.Cli.Commands;

namespace Infra.Engine.Tests.Cli;

/// <summary>The standalone tool passes a SIGTERM it receives on to the program it started, and only a SIGTERM.</summary>
public sealed class ChildTerminationTests
{
    private static Process StartTrappingChild()
    {
        // A child that reports the signal it gets and exits 7 on SIGTERM.
        var start = new ProcessStartInfo("bash", ["-c", "trap 'echo got-term; exit 7' TERM; echo ready; while true; do sleep 0.05; done"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var child = Process.Start(start)!;
        Assert.Equal("ready", child.StandardOutput.ReadLine());
        return child;
    }

    [Fact]
    public async Task Forward_Terminated_ChildGetsSigterm()
    {
        using var child = StartTrappingChild();
        using var terminated = new CancellationTokenSource();
        using var forward = ChildTermination.Forward(child, terminated.Token);

        await terminated.CancelAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(7, child.ExitCode);
        Assert.Equal("got-term", (await child.StandardOutput.ReadToEndAsync()).Trim());
    }

    [Fact]
    public async Task Forward_NotTerminated_ChildKeepsRunning()
    {
        using var child = StartTrappingChild();
        using var terminated = new CancellationTokenSource();
        using (ChildTermination.Forward(child, terminated.Token))
        {
            await Task.Delay(300);
        }
        await terminated.CancelAsync(); // after the registration ended: nothing is passed on

        await Task.Delay(300);
        Assert.False(child.HasExited);
        child.Kill();
    }
}
