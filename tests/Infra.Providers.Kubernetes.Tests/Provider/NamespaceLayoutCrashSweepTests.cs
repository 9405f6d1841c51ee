using System.Diagnostics;
using Infra.Providers.Kubernetes.Tests.Support;
using Xunit.Abstractions;

namespace Infra.Providers.Kubernetes.Tests.Provider;

/// <summary>
/// The namespace layout writes its bundles only when a run finishes, so a crash after a journaled step loses the
/// document unless recovery writes it. Crash at every journal boundary (before and after each record) of an up through
/// the CLI; the next up must leave the rendered folder byte-identical to an uninterrupted run's, and a preview clean.
/// </summary>
public sealed class NamespaceLayoutCrashSweepTests(ITestOutputHelper output)
{
    private const string NamespaceLayout = "kubernetes:renderLayout: namespace";

    [Fact]
    public async Task Up_CrashAtEveryJournalBoundaryOfCreate_NextUpRendersReferenceBytes() =>
        await SweepAsync(baselineVersion: null, targetVersion: 1);

    [Fact]
    public async Task Up_CrashAtEveryJournalBoundaryOfUpdateAddReplaceDelete_NextUpRendersReferenceBytes() =>
        await SweepAsync(baselineVersion: 1, targetVersion: 2);

    private async Task SweepAsync(int? baselineVersion, int targetVersion)
    {
        var watch = Stopwatch.StartNew();
        var target = new MultiNamespaceApp(targetVersion);
        using var baseline = new CliProject(NamespaceLayout);
        if (baselineVersion is { } version)
        {
            var first = await baseline.RunAsync(new MultiNamespaceApp(version).Register, CliProject.Up);
            Assert.True(first.ExitCode == 0, first.ToString());
        }

        using var reference = Copy(baseline);
        var uninterrupted = await reference.RunAsync(target.Register, CliProject.Up);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.ToString());
        // 13 objects and the stack itself; the update has every kind of step a crash can interrupt.
        var summary = uninterrupted.Out[uninterrupted.Out.LastIndexOf("Resources:", StringComparison.Ordinal)..];
        Assert.All(
            baselineVersion is null ? (string[])["14 created"] : ["1 created", "3 updated", "1 replaced", "1 deleted"],
            kind => Assert.Contains(kind, summary, StringComparison.Ordinal));
        var expected = reference.Snapshot();
        Assert.Contains("namespace-ops.yaml", expected.Keys);

        var boundaries = 0;
        var lostByCrash = 0;
        foreach (var mode in new[] { "before", "after" })
        {
            for (var n = 1; ; n++)
            {
                using var project = Copy(baseline);
                project.Variables["INFRA_CRASH_AT"] = $"{mode}:{n}";
                project.Variables["INFRA_CRASH_MODE"] = "throw";
                var crashed = await project.RunAsync(target.Register, CliProject.Up);
                if (crashed.ExitCode == 0)
                {
                    break; // n is past the last record: the run finished without reaching it
                }

                Assert.True(crashed.Error.Contains("crash injected", StringComparison.Ordinal), $"{mode}:{n}: {crashed}");
                boundaries++;
                lostByCrash += Same(expected, project.Snapshot()) ? 0 : 1;
                project.Variables.Remove("INFRA_CRASH_AT");
                project.Variables.Remove("INFRA_CRASH_MODE");

                var recovered = await project.RunAsync(target.Register, CliProject.Up);
                Assert.True(recovered.ExitCode == 0, $"{mode}:{n}: {recovered}");
                var actual = project.Snapshot();
                Assert.True(Same(expected, actual), $"{mode}:{n}: rendered folder differs from the uninterrupted run's\n{Describe(expected, actual)}");
                var preview = await project.RunAsync(target.Register, "preview", "--stack", "dev");
                Assert.True(preview.ExitCode == 0 && preview.Out.Contains("(no changes)", StringComparison.Ordinal), $"{mode}:{n}: {preview}");
            }
        }

        output.WriteLine($"{boundaries} journal boundaries crashed, {lostByCrash} of them left the folder unlike the reference; {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(boundaries >= 12, $"only {boundaries} boundaries were reached");
        Assert.True(lostByCrash > 0, "no crash left the rendered folder incomplete: the sweep would not see a missing recovery");
    }

    private static CliProject Copy(CliProject source)
    {
        var copy = new CliProject();
        foreach (var file in Directory.GetFiles(source.Directory, "*", SearchOption.AllDirectories))
        {
            var path = copy.Combine(Path.GetRelativePath(source.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(file, path, overwrite: true);
        }

        return copy;
    }

    private static bool Same(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual) =>
        expected.Keys.SequenceEqual(actual.Keys) && expected.All(p => p.Value.AsSpan().SequenceEqual(actual[p.Key]));

    // Only the files that differ, both versions in full.
    private static string Describe(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual) =>
        string.Join('\n', expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(f => Text(expected, f) != Text(actual, f))
            .Select(f => $"--- {f}\nexpected:\n{Text(expected, f)}\nactual:\n{Text(actual, f)}"));

    private static string Text(IReadOnlyDictionary<string, byte[]> files, string name) =>
        files.TryGetValue(name, out var bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : "(missing)";
}
