using System.Text.Json.Nodes;
using Infra.Deployment;
using Infra.Properties;
using Infra.Providers.Kubernetes.Provider;
using Infra.Providers.Kubernetes.Tests.Rendering;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class KubernetesProviderTests
{
    private const string Type = "kubernetes:apps/v1:Deployment";

    private static JsonObject Deployment(string name = "web", string app = "web", int replicas = 2) => JsonNode.Parse($$$$$"""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"{{{{{name}}}}}","namespace":"shop"},
         "spec":{"replicas":{{{{{replicas}}}}},"selector":{"matchLabels":{"app":"{{{{{app}}}}}"}},
                 "template":{"metadata":{"labels":{"app":"{{{{{app}}}}}"}},"spec":{"containers":[{"name":"web","image":"nginx"}]}}}}
        """)!.AsObject();

    private static PropertyMap Inputs(JsonNode manifest)
    {
        using var document = System.Text.Json.JsonDocument.Parse(manifest.ToJsonString());
        return PropertyMap.Create(("manifest", PropertyJson.FromJson(document.RootElement)));
    }

    private static IProvider Create(string directory, params (string Key, string Value)[] config) =>
        new KubernetesProviderFactory().Create(new ProviderContext(
            "p", "dev", directory, config.ToDictionary(c => c.Key, c => new ConfigValue(c.Value, false)), false, new Progress<string>(_ => { })));

    public static TheoryData<string, string, string> InvalidManifests => new()
    {
        { "no name", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{}}""", "manifest.metadata.name" },
        { "no kind", """{"apiVersion":"v1","metadata":{"name":"a"}}""", "manifest.kind" },
        { "no apiVersion", """{"kind":"ConfigMap","metadata":{"name":"a"}}""", "manifest.apiVersion" },
        { "plaintext secret", """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"a"},"data":{"k":"dg=="}}""", "manifest.data.k" },
    };

    [Theory]
    [MemberData(nameof(InvalidManifests))]
    public async Task CheckAsync_InvalidManifest_FailsNamingField(string scenario, string manifest, string expectedProperty)
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path);

        var response = await provider.CheckAsync(new CheckRequest("urn", Type, null, Inputs(JsonNode.Parse(manifest)!)), CancellationToken.None);

        Assert.True(response.Failures.Any(f => f.Property == expectedProperty), scenario + ": " + string.Join("; ", response.Failures));
    }

    [Fact]
    public async Task CheckAsync_SecretValueInConfigMap_FailsNamingSecretPath()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path);
        var data = PropertyMap.Create(("token", PropertyValue.MakeSecret(PropertyValue.Create("t"))));
        var manifest = PropertyMap.Create(
            ("apiVersion", PropertyValue.Create("v1")),
            ("kind", PropertyValue.Create("ConfigMap")),
            ("metadata", PropertyValue.Create(PropertyMap.Create(("name", PropertyValue.Create("cfg"))))),
            ("data", PropertyValue.Create(data)));

        var response = await provider.CheckAsync(new CheckRequest("urn", "kubernetes:core/v1:ConfigMap", null, PropertyMap.Create(("manifest", PropertyValue.Create(manifest)))), CancellationToken.None);

        var failure = Assert.Single(response.Failures);
        Assert.Equal("manifest.data.token", failure.Property);
    }

    [Fact]
    public async Task CheckAsync_InvalidConfig_FailsNamingKey()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path, ("renderSecrets", "maybe"));

        var response = await provider.CheckAsync(new CheckRequest("urn", Type, null, Inputs(Deployment())), CancellationToken.None);

        Assert.Contains(response.Failures, f => f.Property == "kubernetes:renderSecrets");
    }

    public static TheoryData<string, JsonObject, string[], string[], bool> Diffs => new()
    {
        { "same", Deployment(), [], [], false },
        { "replicas", Deployment(replicas: 3), ["manifest.spec.replicas"], [], false },
        { "selector", Deployment(app: "api"), ["manifest.spec.selector.matchLabels.app", "manifest.spec.template.metadata.labels.app"], ["manifest.spec.selector.matchLabels.app"], true },
        { "renamed", Deployment(name: "web2"), ["manifest.metadata.name"], ["manifest.metadata.name"], false },
    };

    [Theory]
    [MemberData(nameof(Diffs))]
    public async Task DiffAsync_Change_ReportsPathsAndReplacement(string scenario, JsonObject desired, string[] changed, string[] replaced, bool deleteFirst)
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path);

        var diff = await provider.DiffAsync(new DiffRequest("urn", Type, "shop/web", Inputs(Deployment()), Inputs(Deployment()), Inputs(desired)), CancellationToken.None);

        Assert.True(changed.SequenceEqual(diff.ChangedPaths), scenario + ": " + string.Join(", ", diff.ChangedPaths));
        Assert.True(replaced.SequenceEqual(diff.ReplacePaths), scenario + ": " + string.Join(", ", diff.ReplacePaths));
        Assert.Equal(deleteFirst, diff.DeleteBeforeReplace);
    }

    [Fact]
    public async Task ReadAsync_WithoutId_FindsRenderedFileByIdentity()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path);
        var inputs = Inputs(Deployment());
        var created = await provider.CreateAsync(new CreateRequest("urn", Type, inputs, null), CancellationToken.None);

        var read = await Create(folder.Path).ReadAsync(new ReadRequest("urn", Type, null, inputs, null), CancellationToken.None);

        Assert.Equal("shop/web", created.Id);
        Assert.Equal("shop/web", read.Id);
        Assert.Equal(inputs, read.Inputs);
    }

    [Fact]
    public async Task ReadAsync_HandEditedFile_ReportsFileContentAsDrift()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path);
        var inputs = Inputs(Deployment());
        await provider.CreateAsync(new CreateRequest("urn", Type, inputs, null), CancellationToken.None);
        var file = Directory.GetFiles(Path.Combine(folder.Path, "out", "dev"), "*deployment*").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("replicas: 2", "replicas: 5", StringComparison.Ordinal));

        var read = await Create(folder.Path).ReadAsync(new ReadRequest("urn", Type, "shop/web", inputs, inputs), CancellationToken.None);

        Assert.Equal("shop/web", read.Id);
        Assert.Equal(Inputs(Deployment(replicas: 5)), read.Inputs);
    }

    [Fact]
    public async Task ReadAsync_DeletedFile_ReportsNotFound()
    {
        using var folder = new TempDirectory();
        var provider = Create(folder.Path);
        var inputs = Inputs(Deployment());
        await provider.CreateAsync(new CreateRequest("urn", Type, inputs, null), CancellationToken.None);
        await provider.DeleteAsync(new DeleteRequest("urn", Type, "shop/web", inputs, inputs, null), CancellationToken.None);

        var read = await provider.ReadAsync(new ReadRequest("urn", Type, "shop/web", inputs, inputs), CancellationToken.None);

        Assert.Null(read.Id);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out", "dev"), "*deployment*"));
    }
}
