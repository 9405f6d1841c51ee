using System.Globalization;

namespace Infra.Bench;

/// <summary>
/// One lifecycle of the synthetic stack in a fresh project folder: fresh preview, policy gate over the saved fresh
/// plan, fresh up, no-op up, up with 1% of the objects changed, destroy. Timed runs record measurements; the
/// counting run (under strace) records the bytes each step writes to state and the final state size.
/// </summary>
public sealed class InfraLifecycle(BenchOptions options, ChildRunner runner, TextWriter log)
{
    public async Task RunAsync(string shape, int size, int run, bool countWrites, BenchResults results, CancellationToken cancellationToken)
    {
        var project = Path.Combine(Path.GetTempPath(), $"infra-bench-{shape}-{size}-{run}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(project);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(project, "Pulumi.yaml"), "name: bench\nruntime: dotnet\n", cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(project, "Pulumi.dev.yaml"), $"config:\n  kubernetes:renderLayout: {options.RenderLayout}\n", cancellationToken).ConfigureAwait(false);
            var plan = Path.Combine(project, "plan.json");
            var counter = new StateWriteCounter(runner);

            async Task StepAsync(string scenario, int revision, params string[] arguments)
            {
                var command = Command(project, shape, size, revision, arguments);
                var key = new SeriesKey(shape, size, scenario);
                Measurement measurement;
                if (countWrites)
                {
                    (measurement, var bytes) = await counter.RunAsync(command, cancellationToken).ConfigureAwait(false);
                    results.SetStateBytes(key, bytes);
                }
                else
                {
                    measurement = await runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
                }
                if (!measurement.Succeeded)
                {
                    throw new InvalidOperationException($"{scenario} at N={size} ({shape}) exited {measurement.ExitCode}:\n{measurement.OutputTail}");
                }
                if (!countWrites && scenario != "save plan")
                {
                    results.Add(key, measurement);
                    if (scenario == Scenario.PolicyGate)
                    {
                        results.SetNote(key, measurement.OutputTail.Trim().Split('\n')[^1]);
                    }
                }
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {shape,-6} N={size,-6} run {run} {scenario,-26} wall {measurement.Wall.TotalSeconds,7:F3} s  cpu {measurement.Cpu.TotalSeconds,7:F3} s  rss {measurement.PeakRssBytes / 1048576.0,7:F0} MiB{(countWrites ? " (strace)" : "")}"));
            }

            await StepAsync(Scenario.Preview, 0, "preview", "--stack", "dev").ConfigureAwait(false);
            if (!countWrites)
            {
                await StepAsync("save plan", 0, "preview", "--stack", "dev", "--save-plan", plan).ConfigureAwait(false);
                await StepAsync(Scenario.PolicyGate, 0, "policy-gate", plan, options.PolicyPack).ConfigureAwait(false);
            }
            await StepAsync(Scenario.UpFresh, 0, "up", "--stack", "dev", "--yes").ConfigureAwait(false);
            if (countWrites)
            {
                results.SetFinalStateBytes(shape, size, new FileInfo(Path.Combine(project, ".infra", "stacks", "dev", "checkpoint.json")).Length);
            }
            await StepAsync(Scenario.UpNoop, 0, "up", "--stack", "dev", "--yes").ConfigureAwait(false);
            await StepAsync(Scenario.UpChanged, 1, "up", "--stack", "dev", "--yes").ConfigureAwait(false);
            await StepAsync(Scenario.Destroy, 1, "destroy", "--stack", "dev", "--yes").ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    private ChildCommand Command(string project, string shape, int size, int revision, string[] arguments) =>
        ChildCommand.ForDotnet(options.StackProgram, arguments, project, new Dictionary<string, string>
        {
            ["INFRA_CONFIG_PASSPHRASE"] = "bench-passphrase",
            ["INFRA_BENCH_N"] = size.ToString(CultureInfo.InvariantCulture),
            ["INFRA_BENCH_SHAPE"] = shape,
            ["INFRA_BENCH_REVISION"] = revision.ToString(CultureInfo.InvariantCulture),
        });
}
