using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Rendering.Bundles;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering.Bundles;

public sealed class BundleRendererTests
{
    private static readonly SecretStoreReference Vault = new("ClusterSecretStore", "vault", "");

    public static TheoryData<string, Func<IReadOnlyList<JsonObject>>, string[], string[][]> Layouts => new()
    {
        {
            "stack",
            RenderFixtures.Stack,
            ["cluster.yaml", "namespace-ci.yaml", "namespace-prod.yaml"],
            [
                ["00-namespace_ci", "00-namespace_prod", "01-customresourcedefinition_widgets.example.com"],
                ["70-pipeline.tekton.dev_ci_build"],
                ["14-configmap_prod_settings", "30-service_prod_web", "44-deployment_prod_web"],
            ]
        },
        {
            "object without namespace, kinds and names out of order",
            () => [TestManifests.Deployment("b", null), TestManifests.Deployment("a", null), RenderFixtures.Service("z", "a-ns"), TestManifests.Namespace("a-ns")],
            ["cluster.yaml", "namespace-a-ns.yaml"],
            [["00-namespace_a-ns", "44-deployment_a", "44-deployment_b"], ["30-service_a-ns_z"]]
        },
        {
            "namespace named like the cluster bundle",
            () => [RenderFixtures.Service("web", "cluster")],
            ["namespace-cluster.yaml"],
            [["30-service_cluster_web"]]
        },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task FlushAsync_Stack_OneBundlePerNamespaceInApplyOrder(string scenario, Func<IReadOnlyList<JsonObject>> stack, string[] bundles, string[][] markers)
    {
        using var dir = new TempDirectory();
        var renderer = BundleRenderer.Open(Options(dir.Path));
        foreach (var manifest in stack())
        {
            Assert.Equal(RenderOutcome.Created, (await renderer.WriteAsync(manifest, CancellationToken.None)).Outcome);
        }

        Assert.True(await renderer.FlushAsync(CancellationToken.None));

        Assert.Equal(bundles.Append("kustomization.yaml").Order(StringComparer.Ordinal), Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var kustomization = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n" + string.Concat(bundles.Select(b => $"- {b}\n"));
        Assert.Equal(kustomization, await File.ReadAllTextAsync(Path.Combine(dir.Path, "kustomization.yaml")));
        for (var i = 0; i < bundles.Length; i++)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(dir.Path, bundles[i]));
            var found = text.Split('\n').Where(l => l.StartsWith("# infra-object: ", StringComparison.Ordinal)).Select(l => l["# infra-object: ".Length..]);
            Assert.True(markers[i].SequenceEqual(found), $"{scenario}: {bundles[i]}:\n{text}");
        }
    }

    public static TheoryData<string, RenderOptions> SecretOptions => new()
    {
        { "no secret options", new RenderOptions("") },
        { "renderSecrets", new RenderOptions("") { RenderSecrets = true } },
        { "secretStore", new RenderOptions("") { SecretStore = Vault } },
    };

    [Theory]
    [MemberData(nameof(SecretOptions))]
    public async Task WriteAsync_SameStackAsObjectLayout_SameDocumentsAndRefusals(string scenario, RenderOptions options)
    {
        using var objects = new TempDirectory();
        using var bundles = new TempDirectory();
        var stack = RenderFixtures.Stack().Append(TestManifests.Secret("db", "prod")).Append(WithoutValues(TestManifests.Secret("empty", "prod"))).ToList();
        var perObject = await ManifestRenderer.OpenAsync(options with { OutputDirectory = objects.Path }, CancellationToken.None);
        var bundled = BundleRenderer.Open(options with { OutputDirectory = bundles.Path, Layout = RenderLayout.Namespace });

        foreach (var manifest in stack)
        {
            var expected = await perObject.WriteAsync(manifest, CancellationToken.None);
            var actual = await bundled.WriteAsync(manifest, CancellationToken.None);
            Assert.True(expected.Error == actual.Error, $"{scenario}: {expected.Error} vs {actual.Error}");
        }

        await bundled.FlushAsync(CancellationToken.None);
        var documents = Directory.GetFiles(bundles.Path, "*.yaml").Where(f => BundleNaming.IsBundleFile(Path.GetFileName(f)))
            .SelectMany(f => BundleText.Split(File.ReadAllText(f))).ToDictionary(d => d.Key, d => d.Value);
        var files = perObject.Files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(objects.Path, f)));
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), documents.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(f.Value, documents[f.Key]));
        Assert.DoesNotContain(documents.Values, d => !options.RenderSecrets && d.Contains("c3VwZXItc2VjcmV0LXZhbHVl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_BeforeFlush_WritesNothing()
    {
        using var dir = new TempDirectory();
        var output = Path.Combine(dir.Path, "out");
        var renderer = BundleRenderer.Open(Options(output));

        foreach (var manifest in RenderFixtures.Stack())
        {
            await renderer.WriteAsync(manifest, CancellationToken.None);
        }

        await renderer.DeleteAsync(new ResourceIdentity("v1", "Namespace", null, "ci"), CancellationToken.None);

        Assert.False(Directory.Exists(output));
        await renderer.FlushAsync(CancellationToken.None);
        Assert.Equal(4, Directory.GetFiles(output).Length);
        Assert.DoesNotContain("namespace_ci", File.ReadAllText(Path.Combine(output, "cluster.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlushAsync_SecondRunWithOneChange_RewritesOnlyThatBundle()
    {
        using var dir = new TempDirectory();
        await RenderAsync(dir.Path, RenderFixtures.Stack());
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(dir.Path))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var rerun = BundleRenderer.Open(Options(dir.Path));
        var outcomes = new List<RenderOutcome>();
        foreach (var manifest in RenderFixtures.Stack())
        {
            if (manifest["kind"]!.GetValue<string>() == "Deployment")
            {
                manifest["spec"]!["replicas"] = 5;
            }

            outcomes.Add((await rerun.WriteAsync(manifest, CancellationToken.None)).Outcome);
        }

        Assert.True(await rerun.FlushAsync(CancellationToken.None));
        Assert.Equal([RenderOutcome.Updated, RenderOutcome.Unchanged], outcomes.Distinct().Order());
        Assert.Equal(1, outcomes.Count(o => o == RenderOutcome.Updated));
        var touched = Directory.GetFiles(dir.Path).Where(f => File.GetLastWriteTimeUtc(f) > old.AddMinutes(1)).Select(Path.GetFileName);
        Assert.Equal(["namespace-prod.yaml"], touched);
        Assert.Contains("replicas: 5", await File.ReadAllTextAsync(Path.Combine(dir.Path, "namespace-prod.yaml")), StringComparison.Ordinal);
        Assert.False(await BundleRenderer.Open(Options(dir.Path)).FlushAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_LastObjectOfNamespace_RemovesBundleAndKustomizationEntry()
    {
        using var dir = new TempDirectory();
        await RenderAsync(dir.Path, RenderFixtures.Stack());

        var rerun = BundleRenderer.Open(Options(dir.Path));
        var deleted = await rerun.DeleteAsync(new ResourceIdentity("tekton.dev/v1", "Pipeline", "ci", "build"), CancellationToken.None);
        var missing = await rerun.DeleteAsync(new ResourceIdentity("v1", "Service", "prod", "nope"), CancellationToken.None);
        await rerun.FlushAsync(CancellationToken.None);

        Assert.Equal(new RenderResult(RenderOutcome.Deleted, "namespace-ci.yaml", null), deleted);
        Assert.Equal(RenderOutcome.NotFound, missing.Outcome);
        Assert.False(File.Exists(Path.Combine(dir.Path, "namespace-ci.yaml")));
        Assert.Equal("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- cluster.yaml\n- namespace-prod.yaml\n", await File.ReadAllTextAsync(Path.Combine(dir.Path, "kustomization.yaml")));
    }

    [Fact]
    public async Task Open_ExistingBundles_ReadsOnlyTheBundleTouchedAndNeverParsesIt()
    {
        using var dir = new TempDirectory();
        await RenderAsync(dir.Path, RenderFixtures.Stack());
        var untouched = Path.Combine(dir.Path, "namespace-ci.yaml");
        File.WriteAllText(untouched, File.ReadAllText(untouched) + "  : not yaml: [\n");
        var before = File.ReadAllBytes(untouched);

        var rerun = BundleRenderer.Open(Options(dir.Path));
        // Written after opening: a bundle read at open would not see this.
        var prod = Path.Combine(dir.Path, "namespace-prod.yaml");
        File.WriteAllText(prod, File.ReadAllText(prod).Replace("replicas: 3", "replicas: 9", StringComparison.Ordinal));
        var stored = await rerun.ReadAsync("44-deployment_prod_web.yaml", "prod", CancellationToken.None);
        await rerun.WriteAsync(RenderFixtures.Service("api", "prod"), CancellationToken.None);
        await rerun.FlushAsync(CancellationToken.None);

        Assert.Contains("replicas: 9", stored, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(untouched));
        Assert.Contains("# infra-object: 30-service_prod_api\n", File.ReadAllText(prod), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWrites_AllDocumentsInOneBundle()
    {
        using var dir = new TempDirectory();
        var renderer = BundleRenderer.Open(Options(dir.Path));
        var manifests = Enumerable.Range(0, 200).Select(i => TestManifests.Deployment($"app-{i:D3}", "prod")).ToList();

        await Parallel.ForEachAsync(manifests, async (m, ct) => await renderer.WriteAsync(m, ct));
        await renderer.FlushAsync(CancellationToken.None);

        var documents = BundleText.Split(File.ReadAllText(Path.Combine(dir.Path, "namespace-prod.yaml")));
        Assert.Equal(200, documents.Count);
        Assert.Equal("44-deployment_prod_app-000.yaml", documents[0].Key);
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
    }

    private static JsonObject WithoutValues(JsonObject secret)
    {
        secret.Remove("data");
        secret.Remove("stringData");
        return secret;
    }

    [Fact]
    public async Task ReadAsync_BundleSavedWithByteOrderMark_ReadsTheFirstDocument()
    {
        using var dir = new TempDirectory();
        var bundle = Path.Combine(dir.Path, BundleNaming.For("shop"));
        await File.WriteAllBytesAsync(bundle, [.. System.Text.Encoding.UTF8.Preamble, .. "# infra-object: 14-configmap_shop_a\nkind: ConfigMap\n"u8]);

        var yaml = await BundleRenderer.Open(Options(dir.Path)).ReadAsync("14-configmap_shop_a.yaml", "shop", CancellationToken.None);

        Assert.Equal("kind: ConfigMap\n", yaml);
    }

    private static RenderOptions Options(string path) => new(path) { Layout = RenderLayout.Namespace };

    private static async Task RenderAsync(string path, IEnumerable<JsonObject> stack)
    {
        var renderer = BundleRenderer.Open(Options(path));
        foreach (var manifest in stack)
        {
            await renderer.WriteAsync(manifest, CancellationToken.None);
        }

        await renderer.FlushAsync(CancellationToken.None);
    }
}
