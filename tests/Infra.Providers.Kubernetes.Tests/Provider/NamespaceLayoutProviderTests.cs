using System.Text.Json.Nodes;
using Infra.Deployment;
using Infra.Properties;
using Infra.Providers.Kubernetes.Provider;
using Infra.Providers.Kubernetes.Tests.Rendering;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class NamespaceLayoutProviderTests
{
    private const string Type = "kubernetes:apps/v1:Deployment";

    private static readonly (string, string) NamespaceLayout = ("renderLayout", "namespace");

    private static JsonObject Deployment(string name = "web", int replicas = 2) => JsonNode.Parse($$$$$"""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"{{{{{name}}}}}","namespace":"shop"},
         "spec":{"replicas":{{{{{replicas}}}}},"selector":{"matchLabels":{"app":"{{{{{name}}}}}"}},
                 "template":{"metadata":{"labels":{"app":"{{{{{name}}}}}"}},"spec":{"containers":[{"name":"web","image":"nginx"}]}}}}
        """)!.AsObject();

    private static PropertyMap Inputs(JsonNode manifest)
    {
        using var document = System.Text.Json.JsonDocument.Parse(manifest.ToJsonString());
        return PropertyMap.Create(("manifest", PropertyJson.FromJson(document.RootElement)));
    }

    private static IProvider Create(string directory, params (string Key, string Value)[] config) =>
        new KubernetesProviderFactory().Create(new ProviderContext(
            "p", "dev", directory, config.ToDictionary(c => c.Key, c => new ConfigValue(c.Value, false)), false, new Progress<string>(_ => { })));

    private static string Bundle(string folder) => Path.Combine(folder, "out", "dev", "namespace-shop.yaml");

    private static IEnumerable<string> Markers(string folder) =>
        File.ReadAllLines(Bundle(folder)).Where(l => l.StartsWith("# infra-object: ", StringComparison.Ordinal));

    private static async Task CreateAsync(IProvider provider, params JsonObject[] manifests)
    {
        foreach (var manifest in manifests)
        {
            await provider.CreateAsync(new CreateRequest("urn:" + manifest["metadata"]!["name"], Type, Inputs(manifest), null), CancellationToken.None);
        }
    }

    [Fact]
    public async Task CheckAsync_BadRenderLayout_FailsNamingKeyAndValues()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path, ("renderLayout", "bundles"));

        var response = await provider.CheckAsync(new CheckRequest("urn", Type, null, Inputs(Deployment())), CancellationToken.None);

        var failure = Assert.Single(response.Failures);
        Assert.Equal("kubernetes:renderLayout", failure.Property);
        Assert.Contains("\"object\"", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("\"namespace\"", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_BeforeFinish_WritesNothing()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path, NamespaceLayout);

        await CreateAsync(provider, Deployment("web"), Deployment("api"));
        var before = Directory.Exists(Path.Combine(folder.Path, "out"));
        await provider.FinishAsync(CancellationToken.None);

        Assert.False(before);
        Assert.Equal(["# infra-object: 44-deployment_shop_api", "# infra-object: 44-deployment_shop_web"], Markers(folder.Path));
    }

    public static TheoryData<string, Func<string, string>?, int?> Reads => new()
    {
        { "unchanged", null, 2 },
        { "hand-edited document", text => text.Replace("replicas: 2", "replicas: 5", StringComparison.Ordinal), 5 },
        { "document removed by hand", text => string.Join("---\n", text.Split("---\n").Where(d => !d.Contains("shop_web", StringComparison.Ordinal))), null },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task ReadAsync_Bundle_ReportsDocumentContent(string scenario, Func<string, string>? edit, int? replicas)
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path, NamespaceLayout);
        await CreateAsync(provider, Deployment("web"), Deployment("api"));
        await provider.FinishAsync(CancellationToken.None);
        if (edit is not null)
        {
            File.WriteAllText(Bundle(folder.Path), edit(File.ReadAllText(Bundle(folder.Path))));
        }

        var inputs = Inputs(Deployment());
        var read = await Create(folder.Path, NamespaceLayout).ReadAsync(new ReadRequest("urn", Type, "shop/web", inputs, inputs), CancellationToken.None);

        Assert.True((replicas is null ? null : "shop/web") == read.Id, scenario);
        if (replicas is not null)
        {
            Assert.Equal(Inputs(Deployment(replicas: replicas.Value)), read.Inputs);
        }
    }

    public static TheoryData<string, string> LayoutPairs => new()
    {
        { "object", "namespace" },
        { "namespace", "object" },
    };

    [Theory]
    [MemberData(nameof(LayoutPairs))]
    public async Task ReadAsync_RenderedInOtherLayout_FindsObjectAndWritesNothing(string writtenIn, string readIn)
    {
        using var folder = new TempDirectory();
        var writer = Create(folder.Path, ("renderLayout", writtenIn));
        await CreateAsync(writer, Deployment("web"));
        await writer.FinishAsync(CancellationToken.None);
        var output = Path.Combine(folder.Path, "out", "dev");
        var files = Directory.GetFiles(output).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);

        var inputs = Inputs(Deployment());
        var read = await Create(folder.Path, ("renderLayout", readIn)).ReadAsync(new ReadRequest("urn", Type, "shop/web", inputs, inputs), CancellationToken.None);

        Assert.Equal("shop/web", read.Id);
        Assert.Equal(inputs, read.Inputs);
        Assert.Equal(files.Keys, Directory.GetFiles(output).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    public static TheoryData<string, (string Name, int Replicas, bool Deleted)[], string[], string> Recoveries => new()
    {
        { "created", [("new", 1, false)], ["api", "new", "web"], "replicas: 2" },
        { "deleted", [("api", 2, true)], ["web"], "replicas: 2" },
        { "updated, deleted and created", [("web", 4, false), ("api", 2, true), ("new", 1, false)], ["new", "web"], "replicas: 4" },
        { "deleted and already gone", [("gone", 1, true)], ["api", "web"], "replicas: 2" },
    };

    [Theory]
    [MemberData(nameof(Recoveries))]
    public async Task RecoverAsync_UnfinishedRun_BundleDurablyMatchesAndRepeatingChangesNothing(
        string scenario, (string Name, int Replicas, bool Deleted)[] steps, string[] expected, string webReplicas)
    {
        using var folder = new TempDirectory();
        var first = Create(folder.Path, NamespaceLayout);
        await CreateAsync(first, Deployment("web"), Deployment("api"));
        await first.FinishAsync(CancellationToken.None);
        var crashed = Create(folder.Path, NamespaceLayout);
        foreach (var (name, replicas, deleted) in steps)
        {
            var inputs = Inputs(Deployment(name, replicas));
            if (deleted)
            {
                await crashed.DeleteAsync(new DeleteRequest("urn:" + name, Type, "shop/" + name, inputs, inputs, null), CancellationToken.None);
            }
            else
            {
                await crashed.CreateAsync(new CreateRequest("urn:" + name, Type, inputs, null), CancellationToken.None);
            }
        }

        // The crashed run never reached FinishAsync: its steps are acknowledged but not on disk.
        Assert.Equal(["api", "web"], Markers(folder.Path).Select(m => m.Split('_')[^1]));
        var request = new RecoverRequest(steps.Select(s => new RecoveredResource(
            "urn:" + s.Name, Type, "shop/" + s.Name, Inputs(Deployment(s.Name, s.Replicas)), Inputs(Deployment(s.Name, s.Replicas)), s.Deleted)).ToList());

        await Create(folder.Path, NamespaceLayout).RecoverAsync(request, CancellationToken.None);
        var bytes = File.ReadAllBytes(Bundle(folder.Path));
        var written = File.GetLastWriteTimeUtc(Bundle(folder.Path));
        await Create(folder.Path, NamespaceLayout).RecoverAsync(request, CancellationToken.None);

        Assert.True(expected.SequenceEqual(Markers(folder.Path).Select(m => m.Split('_')[^1])), scenario);
        Assert.Contains(webReplicas, File.ReadAllText(Bundle(folder.Path)).Split("---\n").Single(d => d.Contains("shop_web\n", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(Bundle(folder.Path)));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Bundle(folder.Path)));
        var kustomization = File.ReadAllText(Path.Combine(folder.Path, "out", "dev", "kustomization.yaml"));
        Assert.EndsWith("resources:\n- namespace-shop.yaml\n", kustomization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecoverAsync_ObjectLayout_WritesNothing()
    {
        using var folder = new TempDirectory();
        var inputs = Inputs(Deployment("web"));
        var request = new RecoverRequest([new RecoveredResource("urn:web", Type, "shop/web", inputs, inputs, false)]);

        await Create(folder.Path).RecoverAsync(request, CancellationToken.None);

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }
}
