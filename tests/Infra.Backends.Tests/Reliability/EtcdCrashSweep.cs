using Infra.Backends.Tests.Server;
using Infra.TestPrograms;
using Xunit.Abstractions;

namespace Infra.Backends.Tests.Reliability;

/// <summary>
/// The journal-boundary crash sweep of the file backend, with state in a real etcd: crash (INFRA_CRASH_MODE=throw,
/// so every write after the boundary fails exactly as after a kill) before and after journal record N of a create
/// and of an update touching 30% with updates, replaces and deletes; the next up must converge to the state of an
/// uninterrupted run with every provider resource recorded exactly once. Under CI=true every N is tested; locally
/// every <c>INFRA_SWEEP_STRIDE</c>-th (default 9). The stack has the file sweep's shape with 40 resources
/// (<c>INFRA_ETCD_SWEEP_RESOURCES</c> changes it; 100 is the file sweep's size), so that every N against etcd fits
/// the CI time budget.
/// </summary>
public sealed class EtcdCrashSweep(EtcdFixture etcd, ITestOutputHelper output)
{
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("INFRA_ETCD_SWEEP_RESOURCES"), out var n) && n >= 20 ? n : 40;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static int Stride => InCi ? 1 : int.TryParse(Environment.GetEnvironmentVariable("INFRA_SWEEP_STRIDE"), out var s) && s > 0 ? s : 9;

    // A long lock TTL: this sweep is about journal boundaries, not lock expiry, and a loaded CI machine can stall.
    private string NewBackendUrl() => $"etcd://{etcd.Server.Endpoint}/sweep-{Guid.NewGuid():N}?lockTtl=60";

    /// <summary>The same program shape as the file-backend sweep: chains, updates, replaces and deletes.</summary>
    private static Action<LambdaStack> Program(int version) => stack =>
    {
        var things = new List<FileThing>();
        for (var i = 0; i < Count; i++)
        {
            if (version == 2 && i % 20 == 19)
            {
                continue;
            }
            var content = version == 2 && i % 5 == 0 ? "v2" : "v1";
            var immutable = version == 2 && i % 20 == 7 ? "b" : "a";
            var args = i >= 10 && things.Count > 0 && i % 10 != 0
                ? new FileThingArgs { Content = Output.Format($"{content}:{things[^1].Content}"), Immutable = immutable }
                : new FileThingArgs { Content = content, Immutable = immutable };
            things.Add(new FileThing($"thing-{i:D3}", args));
        }
    };

    /// <summary>Sweeps the up from <paramref name="baselineVersion"/> (null: an empty stack) to <paramref name="targetVersion"/>.</summary>
    public async Task SweepAsync(int? baselineVersion, int targetVersion)
    {
        _ = etcd.Server;
        using var baseline = new CliProject(NewBackendUrl());
        if (baselineVersion is { } v)
        {
            var first = await baseline.RunAsync(Program(v), "up", "--stack", "dev", "--yes");
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Equal(0, (await baseline.RunCliAsync("stack", "export", "--stack", "dev", "--file", "baseline-export.json")).ExitCode);
        }
        using var reference = await CopyAsync(baseline, baselineVersion is not null);
        var uninterrupted = await reference.RunAsync(Program(targetVersion), "up", "--stack", "dev", "--yes");
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.ToString());
        var expected = await SummarizeAsync(reference);

        var boundaries = 0;
        var lastRecord = 0;
        foreach (var mode in new[] { "before", "after" })
        {
            for (var n = 1; ; n += Stride)
            {
                using var project = await CopyAsync(baseline, baselineVersion is not null);
                project.Variables["INFRA_CRASH_AT"] = $"{mode}:{n}";
                project.Variables["INFRA_CRASH_MODE"] = "throw";
                var crashed = await project.RunAsync(Program(targetVersion), "up", "--stack", "dev", "--yes");
                if (crashed.ExitCode == 0)
                {
                    break;
                }
                Assert.True(crashed.Error.Contains("crash injected", StringComparison.Ordinal), $"{mode}:{n}: {crashed}");
                boundaries++;
                lastRecord = Math.Max(lastRecord, n);
                project.Variables.Remove("INFRA_CRASH_AT");
                var recovered = await project.RunAsync(Program(targetVersion), "up", "--stack", "dev", "--yes");
                Assert.True(recovered.ExitCode == 0, $"{mode}:{n}: {recovered}");
                var actual = await SummarizeAsync(project);
                Assert.True(expected == actual, $"{mode}:{n}: state or world differs from the uninterrupted run\n--- expected\n{expected}\n--- actual\n{actual}");
                if (boundaries % 4 == 1)
                {
                    // State and world are compared at every boundary; the (slower) preview at every 4th.
                    var preview = await project.RunAsync(Program(targetVersion), "preview", "--stack", "dev");
                    Assert.True(preview.Out.Contains("(no changes)", StringComparison.Ordinal), $"{mode}:{n}: {preview}");
                }
            }
        }
        output.WriteLine($"etcd backend: {boundaries} journal boundaries tested ({Count} resources, stride {Stride}, records up to {lastRecord})");
        var minimum = (baselineVersion is null ? 4 * Count : 3 * Count / 2) / Stride;
        Assert.True(boundaries >= minimum, $"only {boundaries} boundaries were reached (expected at least {minimum})");
    }

    /// <summary>A project on a fresh etcd prefix holding the baseline's state (imported) and world (copied).</summary>
    private async Task<CliProject> CopyAsync(CliProject baseline, bool withState)
    {
        var copy = baseline.CopyTo(NewBackendUrl());
        if (withState)
        {
            var import = await copy.RunCliAsync("stack", "import", "--stack", "dev", "--file", "baseline-export.json");
            Assert.True(import.ExitCode == 0, import.ToString());
        }
        return copy;
    }

    /// <summary>URN and inputs of every custom resource in state, IDs in state against the world's files, and the world's URNs.</summary>
    private static async Task<string> SummarizeAsync(CliProject project)
    {
        var resources = (await project.ExportedResourcesAsync()).EnumerateArray().Where(r => r.GetProperty("custom").GetBoolean()).ToList();
        var state = resources.Select(r => $"{r.GetProperty("urn").GetString()} {r.GetProperty("inputs").GetRawText()}").Order(StringComparer.Ordinal);
        var ids = resources.Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal);
        var idsMatch = ids.SequenceEqual(project.WorldFiles()) ? "state IDs = world files" : "state IDs differ from world files: " + string.Join(",", ids) + " / " + string.Join(",", project.WorldFiles());
        return string.Join("\n", state) + "\n--- " + idsMatch + "\n--- world\n" + string.Join("\n", project.WorldUrns());
    }
}
