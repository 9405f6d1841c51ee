using System.Globalization;

namespace Infra.Bench;

/// <summary>Runs every scenario for every size and shape (and the peers), then returns the Markdown report.</summary>
public sealed class BenchHarness(BenchOptions options, string repositoryRoot, TextWriter log)
{
    /// <summary>Peers at or above this size run once: the Pulumi mocks take minutes there.</summary>
    private const int SinglePeerRunFrom = 50_000;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(options.StackProgram))
        {
            throw new FileNotFoundException($"the stack program is not built: {options.StackProgram} (dotnet build bench/Infra.Bench.Stack -c Release)");
        }
        var runner = new ChildRunner();
        var results = new BenchResults();
        var lifecycle = new InfraLifecycle(options, runner, log);
        var peers = options.Peers && PeerRunner.IsInstalled(options.PeersDirectory) ? new PeerRunner(options, runner, log) : null;
        if (options.Peers && peers is null)
        {
            log.WriteLine($"peers are not installed in {options.PeersDirectory} (npm ci there); skipping them");
        }
        var countWrites = options.CountStateWrites && StateWriteCounter.IsAvailable;
        foreach (var size in options.Sizes)
        {
            foreach (var shape in options.Shapes)
            {
                for (var run = 1; run <= options.Runs; run++)
                {
                    await lifecycle.RunAsync(shape, size, run, countWrites: false, results, cancellationToken).ConfigureAwait(false);
                }
                if (countWrites)
                {
                    await lifecycle.RunAsync(shape, size, 0, countWrites: true, results, cancellationToken).ConfigureAwait(false);
                }
            }
            if (peers is not null)
            {
                var peerRuns = size >= SinglePeerRunFrom ? 1 : options.Runs;
                for (var run = 1; run <= peerRuns; run++)
                {
                    await peers.RunAsync(size, run, results, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        var header = string.Create(CultureInfo.InvariantCulture,
            $"Infra bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; wall time includes process start.\n"
            + $"Stack program: {StackProgramBuild.Describe(options.StackProgram, repositoryRoot)}; render layout (kubernetes:renderLayout): {options.RenderLayout}.\n\n");
        return header + new ReportWriter(options with { Peers = peers is not null }, results).Write();
    }
}
