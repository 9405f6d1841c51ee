using Infra.Fuzz.Tests.Harness;
using Xunit.Abstractions;

namespace Infra.Fuzz.Tests;

/// <summary>
/// Mutates each valid input file many times (deterministic seeded Random; the plan and export seeds come from a real
/// run, so they hold fresh IDs and paths) and runs the CLI verb that reads it: never an unhandled exception, never a
/// hang, and every rejection is exit 2 naming the file.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Parse_MutatedSeeds_NeverCrashOrHang(string name)
    {
        var target = FuzzTargets.Named(name);
        var settings = FuzzSettings.FromEnvironment();
        using var workspace = await FuzzWorkspace.CreateAsync();
        var seed = await File.ReadAllBytesAsync(workspace.Path(target.FileName));
        var valid = await workspace.RunCaseAsync(target, seed);
        Assert.True(valid.ExitCode == 0, $"the {name} seed must be valid: {valid}");
        var corpus = new List<byte[]> { seed };
        var exits = new SortedDictionary<int, int>();
        var longest = (Elapsed: TimeSpan.Zero, Iteration: -1);
        for (var i = 0; i < settings.Iterations; i++)
        {
            // Deterministic per (seed, target, iteration) — HashCode.Combine is randomized per process, so not that.
            var random = new System.Random(unchecked((settings.Seed * 31 + name.Sum(c => c) * 7919) * 1_000_003 + i));
            var parent = corpus[random.Next(corpus.Count)];
            var mutant = (target.Syntax == Syntax.Json && random.Next(2) == 0 ? new JsonMutator(random).Mutate(parent) : null)
                ?? new Mutator(target.Syntax, random).Mutate(parent);
            var outcome = await workspace.RunCaseAsync(target, mutant);
            var problem = OutcomeChecks.Problem(target, outcome);
            if (problem is not null)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"infra-fuzz-failure-{name}-{i}{Path.GetExtension(target.FileName)}");
                await File.WriteAllBytesAsync(saved, mutant);
                Assert.Fail($"{name} iteration {i} (INFRA_FUZZ_SEED={settings.Seed}): {problem}; input saved to {saved}\n{outcome}");
            }
            exits[outcome.ExitCode] = exits.GetValueOrDefault(outcome.ExitCode) + 1;
            if (outcome.ExitCode == 0 && corpus.Count < 64)
            {
                corpus.Add(mutant);
            }
            if (outcome.Elapsed > longest.Elapsed)
            {
                longest = (outcome.Elapsed, i);
            }
        }
        var summary = $"fuzz {name}: {settings.Iterations} iterations, exits {string.Join(", ", exits.Select(e => $"{e.Key}×{e.Value}"))}, longest parse {longest.Elapsed.TotalMilliseconds:0} ms (iteration {longest.Iteration})";
        output.WriteLine(summary);
        settings.Report(summary);
    }
}
