using System.Globalization;

namespace Infra.Bench;

/// <summary>
/// Runs the peers on Node: cdk8s synthesizing the same Kubernetes objects to YAML, and the Pulumi Node.js SDK
/// registering the same objects under its runtime mocks (scripts in bench/peers).
/// </summary>
public sealed class PeerRunner(BenchOptions options, ChildRunner runner, TextWriter log)
{
    public static bool IsInstalled(string peersDirectory) =>
        Directory.Exists(Path.Combine(peersDirectory, "node_modules", "cdk8s")) && Directory.Exists(Path.Combine(peersDirectory, "node_modules", "@pulumi", "pulumi"));

    public async Task RunAsync(int size, int run, BenchResults results, CancellationToken cancellationToken)
    {
        var output = Path.Combine(Path.GetTempPath(), $"infra-bench-cdk8s-{size}-{Guid.NewGuid().ToString("N")[..6]}");
        try
        {
            await StepAsync(Scenario.Cdk8s, size, run, ["cdk8s-synth.js", size.ToString(CultureInfo.InvariantCulture), output], results, cancellationToken).ConfigureAwait(false);
            await StepAsync(Scenario.PulumiMocks, size, run, ["pulumi-mocks.js", size.ToString(CultureInfo.InvariantCulture)], results, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private async Task StepAsync(string scenario, int size, int run, string[] arguments, BenchResults results, CancellationToken cancellationToken)
    {
        var command = new ChildCommand("node", ["--max-old-space-size=8192", .. arguments], options.PeersDirectory, new Dictionary<string, string>());
        var measurement = await runner.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (!measurement.Succeeded)
        {
            throw new InvalidOperationException($"{scenario} at N={size} exited {measurement.ExitCode}:\n{measurement.OutputTail}");
        }
        var key = new SeriesKey("peer", size, scenario);
        results.Add(key, measurement);
        results.SetNote(key, measurement.OutputTail.Trim().Split('\n')[^1]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peer   N={size,-6} run {run} {scenario,-26} wall {measurement.Wall.TotalSeconds,7:F3} s  cpu {measurement.Cpu.TotalSeconds,7:F3} s  rss {measurement.PeakRssBytes / 1048576.0,7:F0} MiB"));
    }
}
