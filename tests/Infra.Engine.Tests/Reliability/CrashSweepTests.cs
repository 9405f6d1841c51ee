using System.Text.Json;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;
using Xunit.Abstractions;

namespace Infra.Engine.Tests.Reliability;

/// <summary>
/// Crash at every journal boundary (before and after each record) of a 100-resource up, and of an update touching
/// 30% with updates, replaces and deletes; each time the next up must converge to exactly the state of an
/// uninterrupted run, with every resource the provider holds recorded once and a clean preview afterwards.
/// </summary>
public sealed class CrashSweepTests(ITestOutputHelper output)
{
    private const int Count = 100;

    // A provider that acknowledges steps before they are durable (files written only when the run finishes) relies on
    // RecoverAsync after a crash; its sweep uses fewer resources, as its boundaries are the same kinds.
    private const int DeferredCount = 30;
    private const string DeferredConfig = "config:\n  files:deferWrites: \"true\"\n";

    private static Action<LambdaStack> Program(int version, int count = Count) => stack =>
    {
        var things = new List<FileThing>();
        for (var i = 0; i < count; i++)
        {
            if (version == 2 && i % 20 == 19)
            {
                continue; // 5 deleted
            }
            var content = version == 2 && i % 5 == 0 ? "v2" : "v1"; // 20 updated
            var immutable = version == 2 && i % 20 == 7 ? "b" : "a"; // 5 replaced
            var args = i >= 10 && things.Count > 0 && i % 10 != 0
                ? new FileThingArgs { Content = Output.Format($"{content}:{things[^1].Content}"), Immutable = immutable }
                : new FileThingArgs { Content = content, Immutable = immutable };
            things.Add(new FileThing($"thing-{i:D3}", args));
        }
    };

    [Fact]
    public async Task CreateSweep_EveryBoundary_NextUpConverges() => await SweepAsync(baselineVersion: null, targetVersion: 1);

    [Fact]
    public async Task UpdateSweep_EveryBoundary_NextUpConverges() => await SweepAsync(baselineVersion: 1, targetVersion: 2);

    [Fact]
    public async Task CreateSweep_DeferredWrites_RecoveryWritesWhatTheJournalAcknowledged() =>
        await SweepAsync(baselineVersion: null, targetVersion: 1, DeferredCount, DeferredConfig);

    [Fact]
    public async Task UpdateSweep_DeferredWrites_RecoveryAppliesUpdatesReplacesAndDeletes() =>
        await SweepAsync(baselineVersion: 1, targetVersion: 2, DeferredCount, DeferredConfig);

    private async Task SweepAsync(int? baselineVersion, int targetVersion, int count = Count, string stackYaml = "config: {}\n")
    {
        using var baseline = new TempProject(stackYaml: stackYaml);
        if (baselineVersion is { } v)
        {
            Assert.Equal(0, (await baseline.RunAsync(Program(v, count), "up", "--stack", "dev", "--yes")).ExitCode);
        }
        using var reference = Copy(baseline);
        var uninterrupted = await reference.RunAsync(Program(targetVersion, count), "up", "--stack", "dev", "--yes");
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.ToString());
        var expected = Summarize(reference);
        var boundaries = 0;
        var recoveries = 0;
        foreach (var mode in new[] { "before", "after" })
        {
            for (var n = 1; ; n++)
            {
                using var project = Copy(baseline);
                project.Variables["INFRA_CRASH_AT"] = $"{mode}:{n}";
                project.Variables["INFRA_CRASH_MODE"] = "throw";
                var crashed = await project.RunAsync(Program(targetVersion, count), "up", "--stack", "dev", "--yes");
                if (crashed.ExitCode == 0)
                {
                    break; // n is past the last record: the run finished without reaching it
                }
                Assert.Contains("crash injected", crashed.Error);
                boundaries++;
                project.Variables.Remove("INFRA_CRASH_AT");
                var recovered = await project.RunAsync(Program(targetVersion, count), "up", "--stack", "dev", "--yes");
                Assert.True(recovered.ExitCode == 0, $"{mode}:{n}: {recovered}");
                recoveries += project.Calls().Any(c => c.Contains(" recover-", StringComparison.Ordinal)) ? 1 : 0;
                Assert.Equal(expected, Summarize(project));
                Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
                if (baselineVersion is not null || n % 4 == 0)
                {
                    // State and world are compared at every boundary; the (slower) preview every 4th on the create sweep.
                    var preview = await project.RunAsync(Program(targetVersion, count), "preview", "--stack", "dev");
                    Assert.True(preview.Out.Contains("(no changes)", StringComparison.Ordinal), $"{mode}:{n}: {preview}");
                }
            }
        }
        output.WriteLine($"{boundaries} journal boundaries tested, {recoveries} of them recovered through the provider");
        Assert.True(stackYaml == DeferredConfig ? recoveries > 0 : recoveries == 0, $"{recoveries} recoveries");
        // A provider that defers its effects journals no begin records: half the boundaries.
        var perResource = stackYaml == DeferredConfig ? 1 : 2;
        Assert.True(boundaries >= (baselineVersion is null ? 2 * perResource * count : 30 * perResource * count / Count), $"only {boundaries} boundaries were reached");
    }

    private static TempProject Copy(TempProject source)
    {
        var copy = new TempProject();
        foreach (var file in Directory.GetFiles(source.Directory, "*", SearchOption.AllDirectories))
        {
            var target = copy.Path(Path.GetRelativePath(source.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return copy;
    }

    /// <summary>URN → inputs of every custom resource, and the provider's world (URN per file), as comparable text.</summary>
    private static string Summarize(TempProject project)
    {
        var state = StateReader.Resources(project).EnumerateArray()
            .Where(r => r.GetProperty("custom").GetBoolean())
            .Select(r => $"{r.GetProperty("urn").GetString()} {r.GetProperty("inputs").GetRawText()}")
            .Order(StringComparer.Ordinal);
        var world = project.WorldFiles()
            .Select(f => JsonDocument.Parse(File.ReadAllText(project.Path(Path.Combine("world", f)))).RootElement.GetProperty("urn").GetString())
            .Order(StringComparer.Ordinal);
        return string.Join("\n", state) + "\n--- world\n" + string.Join("\n", world);
    }
}
