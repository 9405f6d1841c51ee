using System.Diagnostics;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Rendering.Bundles;
using Infra.Providers.Kubernetes.Tests.Live;
using Xunit.Abstractions;

namespace Infra.Providers.Kubernetes.Tests.Rendering.Bundles;

/// <summary>
/// A fresh render of 2,000 objects in 50 namespaces in each layout (bench/ measures 10,000). The elapsed times are printed for comparison, not
/// asserted: they depend on the disk and on the other builds sharing the machine.
/// </summary>
public sealed class LayoutWriteCostTests(ITestOutputHelper output)
{
    private const int Objects = 2_000;

    public static TheoryData<RenderLayout, int> Layouts => new()
    {
        { RenderLayout.Object, Objects + 1 },
        { RenderLayout.Namespace, 50 + 1 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task WriteAndFinish_TwoThousandObjects_EveryObjectWritten(RenderLayout layout, int files)
    {
        using var dir = new TempDirectory();
        var manifests = Enumerable.Range(0, Objects)
            .Select(i => i % 2 == 0 ? TestManifests.Deployment($"app-{i}", $"ns-{i % 50}") : RenderFixtures.Service($"app-{i}", $"ns-{i % 50}"))
            .ToList();
        var options = new RenderOptions(dir.Path) { Layout = layout };

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        Func<CancellationToken, Task> finish;
        if (layout == RenderLayout.Namespace)
        {
            var renderer = BundleRenderer.Open(options);
            await Parallel.ForEachAsync(manifests, async (m, ct) => await renderer.WriteAsync(m, ct));
            finish = renderer.FlushAsync;
        }
        else
        {
            var renderer = await ManifestRenderer.OpenAsync(options, CancellationToken.None);
            await Parallel.ForEachAsync(manifests, async (m, ct) => await renderer.WriteAsync(m, ct));
            finish = renderer.FinalizeAsync;
        }

        var steps = stopwatch.Elapsed;
        await finish(CancellationToken.None);
        stopwatch.Stop();
        process.Refresh();
        var cpuUsed = process.TotalProcessorTime - cpu;

        var bytes = Directory.GetFiles(dir.Path).Sum(f => new FileInfo(f).Length);
        output.WriteLine($"{layout}: {Objects} objects, {files} files, {bytes / 1024} KiB: steps {steps.TotalMilliseconds:F0} ms, finish {(stopwatch.Elapsed - steps).TotalMilliseconds:F0} ms, total {stopwatch.ElapsedMilliseconds} ms (CPU {cpuUsed.TotalMilliseconds:F0} ms)");
        Assert.Equal(files, Directory.GetFiles(dir.Path).Length);
        var documents = layout == RenderLayout.Namespace
            ? Directory.GetFiles(dir.Path, "namespace-*.yaml").Sum(f => BundleText.Split(File.ReadAllText(f)).Count)
            : Directory.GetFiles(dir.Path, "??-*.yaml").Length;
        Assert.Equal(Objects, documents);
    }
}
