using System.Diagnostics;

namespace Infra.Bench;

/// <summary>
/// Runs one child at a time and measures it: wall time from start to exit, CPU time from getrusage of reaped
/// children, peak RSS from VmHWM sampled every few milliseconds while it runs (the last sample is taken just
/// before exit, so growth in the final milliseconds may be missed).
/// </summary>
public sealed class ChildRunner
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(5);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<Measurement> RunAsync(ChildCommand command, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAloneAsync(command, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private static async Task<Measurement> RunAloneAsync(ChildCommand command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.Program)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in command.Environment)
        {
            start.Environment[key] = value;
        }
        var tail = new OutputTail(40);
        var cpuBefore = ChildUsage.ChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => tail.Add(e.Data);
        process.ErrorDataReceived += (_, e) => tail.Add(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        var exited = process.WaitForExitAsync(cancellationToken);
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, ChildUsage.PeakRss(process.Id));
            await Task.WhenAny(exited, Task.Delay(SampleInterval, cancellationToken)).ConfigureAwait(false);
        }
        await exited.ConfigureAwait(false);
        var wall = clock.Elapsed;
        process.WaitForExit();
        var cpu = ChildUsage.ChildrenCpu() - cpuBefore;
        return new Measurement(process.ExitCode, wall, cpu, peak, tail.ToString());
    }
}
