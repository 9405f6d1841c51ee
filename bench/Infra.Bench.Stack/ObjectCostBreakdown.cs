using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;
using k8s;
using k8s.Models;

namespace Infra.Bench.Stack;

/// <summary>
/// <c>breakdown N</c>: the per-object conversions a render-mode <c>up</c> performs outside the engine's own
/// bookkeeping, timed one phase at a time on one thread over N objects (the bench units' Deployments, Services and
/// ConfigMaps), so the cost of each can be compared with the whole command's CPU time.
/// </summary>
public static class ObjectCostBreakdown
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var objects = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var shape = new BenchShape(objects, Nested: false, Revision: 0);
        var output = Path.Combine(Path.GetTempPath(), "infra-bench-breakdown-" + Guid.NewGuid().ToString("N")[..6]);
        var renderer = await ManifestRenderer.OpenAsync(new RenderOptions(output), cancellationToken).ConfigureAwait(false);
        try
        {
            var models = Phase("build typed models (bench code)", () => Enumerable.Range(0, shape.Units).SelectMany(u => UnitModels.For(u, shape)).ToList());
            var manifests = Phase("KubernetesManifest.FromModel (KubernetesJson.Serialize + JsonNode.Parse + attribute lookup)", () => models.Select(KubernetesManifest.FromModel).ToList());
            Phase("  of which GetCustomAttribute<KubernetesEntityAttribute>", () => models.Select(m => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<KubernetesEntityAttribute>(m.GetType())).ToList());
            Phase("  of which KubernetesJson.Serialize", () => models.Select(m => KubernetesJson.Serialize(m)).ToList());
            var normalized = Phase("KubernetesManifest.Normalize", () => manifests.Select(KubernetesManifest.Normalize).ToList());
            var properties = Phase("PropertyJson.FromJson (manifest → PropertyValue)", () => normalized.Select(m => PropertyJson.FromJson(m)).ToList());
            var back = Phase("PropertyJson.ToJson (PropertyValue → manifest, provider side)", () => properties.Select(p => PropertyJson.ToJson(p, SecretRendering.Reveal)).OfType<JsonObject>().ToList());
            Phase("ManifestRenderer.Render (YAML text)", () => back.Select(renderer.Render).ToList());
            Phase("KubernetesManifest.ToModel (the Object output, per resource)", () => back.Select(ToModel).ToList());
            await PhaseAsync("ManifestRenderer.WriteAsync (files, fresh)", async () =>
            {
                foreach (var manifest in back)
                {
                    await renderer.WriteAsync(manifest, cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static object ToModel(JsonObject manifest) => manifest["kind"]?.GetValue<string>() switch
    {
        "ConfigMap" => KubernetesManifest.ToModel<V1ConfigMap>(manifest),
        "Deployment" => KubernetesManifest.ToModel<V1Deployment>(manifest),
        _ => KubernetesManifest.ToModel<V1Service>(manifest),
    };

    private static T Phase<T>(string name, Func<T> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = action();
        Report(name, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        return result;
    }

    private static async Task PhaseAsync(string name, Func<Task> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await action().ConfigureAwait(false);
        Report(name, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static void Report(string name, TimeSpan wall, TimeSpan cpu) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"breakdown {name,-95} wall {wall.TotalMilliseconds,8:F0} ms  cpu {cpu.TotalMilliseconds,8:F0} ms"));
}
