using Infra.Providers.Kubernetes.Configuration;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Providers.Kubernetes.Tests.Configuration;

public sealed class KubernetesConfigReaderTests
{
    [Fact]
    public void Read_Empty_RenderModeWithDefaults()
    {
        var config = KubernetesConfigReader.Read(new Dictionary<string, string>(), "dev", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(KubernetesMode.Render, config.Mode);
        Assert.Equal(Path.Combine("out", "dev"), config.Render.OutputDirectory);
        Assert.False(config.Render.RenderSecrets);
        Assert.Null(config.Render.SecretStore);
        Assert.Equal("infra", config.Live.FieldManager);
        Assert.Equal(TimeSpan.FromMinutes(5), config.WaitTimeout);
    }

    [Fact]
    public void Read_ContextSet_LiveMode()
    {
        var config = KubernetesConfigReader.Read(
            new Dictionary<string, string> { ["kubernetes:context"] = "kind-prod", ["kubernetes:forceConflicts"] = "true", ["kubernetes:waitTimeout"] = "90s" },
            "prod",
            out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(KubernetesMode.Live, config.Mode);
        Assert.Equal("kind-prod", config.Context);
        Assert.True(config.ForceConflicts);
        Assert.Equal(TimeSpan.FromSeconds(90), config.WaitTimeout);
    }

    [Fact]
    public void Read_RenderSettings_Parsed()
    {
        var config = KubernetesConfigReader.Read(
            new Dictionary<string, string>
            {
                ["kubernetes:outDir"] = "manifests",
                ["kubernetes:renderSecrets"] = "false",
                ["kubernetes:secretStore"] = "ClusterSecretStore/vault",
                ["kubernetes:secretStoreKeyPrefix"] = "prod/",
            },
            "prod",
            out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(Path.Combine("manifests", "prod"), config.Render.OutputDirectory);
        Assert.Equal(new SecretStoreReference("ClusterSecretStore", "vault", "prod/"), config.Render.SecretStore);
    }

    public static TheoryData<string?, RenderLayout> Layouts => new()
    {
        { null, RenderLayout.Object },
        { "object", RenderLayout.Object },
        { "namespace", RenderLayout.Namespace },
        { " namespace ", RenderLayout.Namespace },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_RenderLayout_Parsed(string? value, RenderLayout expected)
    {
        var values = value is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["kubernetes:renderLayout"] = value };

        var config = KubernetesConfigReader.Read(values, "dev", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config.Render.Layout);
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "kubernetes:renderSecrets", "yes", "stack config: kubernetes:renderSecrets: expected true or false, got \"yes\"" },
        { "kubernetes:mode", "cluster", "stack config: kubernetes:mode: expected \"render\" or \"live\", got \"cluster\"" },
        { "kubernetes:secretStore", "vault", "stack config: kubernetes:secretStore: expected \"SecretStore/<name>\" or \"ClusterSecretStore/<name>\", got \"vault\"" },
        { "kubernetes:renderLayout", "bundle", "stack config: kubernetes:renderLayout: expected \"object\" (one file per object) or \"namespace\" (one file per namespace), got \"bundle\"" },
        { "kubernetes:waitTimeout", "5 minutes", "stack config: kubernetes:waitTimeout: expected a duration such as \"90s\", \"5m\" or \"1h\", got \"5 minutes\"" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Read_BadValue_DiagnosticNamesKey(string key, string value, string expected)
    {
        KubernetesConfigReader.Read(new Dictionary<string, string> { [key] = value }, "dev", out var diagnostics);

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }
}
