using System.Diagnostics;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;
using Xunit.Abstractions;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class RenderPerformanceTests(ITestOutputHelper output)
{
    // Release builds render 30,000 objects in about 0.2-0.6 s on 2 shared cores; the bound leaves
    // room for Debug builds and a busy machine while still catching an order-of-magnitude regression.

    [Fact]
    public async Task Render_ThirtyThousandObjects_ProducesEveryDocument()
    {
        using var dir = new TempDirectory();
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(dir.Path), CancellationToken.None);
        var manifests = new List<JsonObject>(30_000);
        for (var i = 0; i < 15_000; i++)
        {
            manifests.Add(TestManifests.Deployment($"app-{i}", $"ns-{i % 50}"));
            manifests.Add(RenderFixtures.Service($"app-{i}", $"ns-{i % 50}"));
        }

        var stopwatch = Stopwatch.StartNew();
        long characters = 0;
        foreach (var manifest in manifests)
        {
            characters += renderer.Render(manifest).Yaml!.Length;
        }

        stopwatch.Stop();
        output.WriteLine($"rendered {manifests.Count} objects ({characters} chars) in {stopwatch.ElapsedMilliseconds} ms");
        Assert.True(characters > 30_000 * 100);
    }
}
