using Infra.Bench;
using Xunit;

namespace Infra.Bench.Smoke;

/// <summary>The CI-sized bench: N = 1,000, both shapes, one run, no peers; checks it completes and prints figures.</summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task RunAsync_OneThousandObjects_CompletesAndPrintsEveryScenario()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);
        var options = BenchOptions.Parse(
            ["--sizes", "1000", "--runs", "1", "--no-peers", "--stack", Path.Combine(AppContext.BaseDirectory, "Infra.Bench.Stack.dll")],
            root);
        var log = new StringWriter();

        var report = await new BenchHarness(options, root, log).RunAsync(CancellationToken.None);

        foreach (var shape in new[] { "flat", "nested" })
        {
            Assert.Contains($"### Infra, {shape} stack", report);
        }
        foreach (var scenario in Scenario.Infra)
        {
            Assert.Contains($"| 1,000 | {scenario} |", report);
        }
        Assert.Contains("policy-gate steps=1000 violations=0", report);
        Assert.Contains("### Targets", report);
        Assert.Contains("render layout (kubernetes:renderLayout): namespace", report);
        Assert.Contains("Stack program: JIT only", report);
        if (StateWriteCounter.IsAvailable)
        {
            Assert.Contains("| 1,000 | final state (checkpoint.json) |", report);
        }
    }
}
