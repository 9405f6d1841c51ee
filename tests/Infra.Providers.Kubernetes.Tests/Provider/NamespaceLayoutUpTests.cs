using Infra.Providers.Kubernetes.Tests.Support;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class NamespaceLayoutUpTests
{
    private const string NamespaceLayout = "kubernetes:renderLayout: namespace";

    private static readonly string[] Bundles = ["cluster.yaml", "kustomization.yaml", "namespace-shop.yaml"];

    private static string Read(CliProject project, string file) => File.ReadAllText(Path.Combine(project.RenderedDirectory, file));

    [Fact]
    public async Task Up_SampleApp_OneBundlePerNamespaceClusterFirst()
    {
        using var project = new CliProject(NamespaceLayout);
        var app = new SampleApp();

        var run = await project.RunAsync(app.Register, CliProject.Up);
        var bytes = project.Snapshot();
        var second = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Bundles, project.RenderedFiles());
        Assert.EndsWith("resources:\n- cluster.yaml\n- namespace-shop.yaml\n", Read(project, "kustomization.yaml"), StringComparison.Ordinal);
        Assert.StartsWith("# infra-object: 00-namespace_shop\napiVersion: v1\nkind: Namespace\n", Read(project, "cluster.yaml"), StringComparison.Ordinal);
        Assert.Equal(
            ["14-configmap_shop_web-config", "30-service_shop_web", "44-deployment_shop_web", "70-pipeline.tekton.dev_shop_build"],
            Read(project, "namespace-shop.yaml").Split('\n').Where(l => l.StartsWith("# infra-object: ", StringComparison.Ordinal)).Select(l => l[16..]));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("updated", second.Out, StringComparison.Ordinal);
        Assert.All(project.Snapshot(), p => Assert.Equal(bytes[p.Key], p.Value));
    }

    private static readonly string[] ObjectFiles =
    [
        "00-namespace_shop.yaml", "14-configmap_shop_web-config.yaml", "30-service_shop_web.yaml", "44-deployment_shop_web.yaml",
        "70-pipeline.tekton.dev_shop_build.yaml", "kustomization.yaml",
    ];

    public static TheoryData<string, string, string[]> Switches => new()
    {
        { "kubernetes:renderLayout: object", NamespaceLayout, Bundles },
        { NamespaceLayout, "", ObjectFiles },
    };

    [Theory]
    [MemberData(nameof(Switches))]
    public async Task Up_LayoutSwitchedAndBack_NoStaleFilesAndOriginalBytes(string first, string second, string[] switchedFiles)
    {
        using var project = new CliProject(first);
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var original = project.Snapshot();

        project.SetStackConfig(second);
        var switched = await project.RunAsync(app.Register, CliProject.Up);
        var afterSwitch = project.RenderedFiles();
        project.SetStackConfig(first);
        var back = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(switched.ExitCode == 0, switched.ToString());
        Assert.Contains("5 updated", switched.Out, StringComparison.Ordinal);
        Assert.Equal(switchedFiles, afterSwitch);
        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.Contains("5 updated", back.Out, StringComparison.Ordinal);
        Assert.Equal(original.Keys, project.Snapshot().Keys);
        Assert.All(project.Snapshot(), p => Assert.Equal(original[p.Key], p.Value));
    }

    [Fact]
    public async Task Up_SecretWithoutRenderSecrets_RefusedAsInObjectLayout()
    {
        using var project = new CliProject(NamespaceLayout);
        var app = new SampleApp { Password = "pa55-w0rd-never-shown" };

        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("manifest.stringData.password", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("pa55-w0rd-never-shown", run.Out + run.Error, StringComparison.Ordinal);
        Assert.All(project.RenderedFiles(), f => Assert.DoesNotContain("pa55-w0rd-never-shown", Read(project, f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Up_SecretWithSecretStore_ExternalSecretDocumentWithoutValues()
    {
        using var project = new CliProject(NamespaceLayout + "\nkubernetes:secretStore: ClusterSecretStore/vault");
        var app = new SampleApp { Password = "pa55-w0rd-never-shown" };

        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        var bundle = Read(project, "namespace-shop.yaml");
        Assert.Contains("# infra-object: 13-externalsecret.external-secrets.io_shop_db\n", bundle, StringComparison.Ordinal);
        Assert.DoesNotContain("pa55-w0rd-never-shown", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshThenUp_HandEditedDocument_RestoresProgramVersion()
    {
        using var project = new CliProject(NamespaceLayout);
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var original = Read(project, "namespace-shop.yaml");
        File.WriteAllText(Path.Combine(project.RenderedDirectory, "namespace-shop.yaml"), original.Replace("replicas: 2", "replicas: 7", StringComparison.Ordinal));

        var refresh = await project.RunAsync(app.Register, "refresh", "--stack", "dev", "--yes");
        var up = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains("1 updated", up.Out, StringComparison.Ordinal);
        Assert.Equal(original, Read(project, "namespace-shop.yaml"));
    }

    [Fact]
    public async Task Destroy_NamespaceLayout_RemovesBundlesAndEmptiesKustomization()
    {
        using var project = new CliProject(NamespaceLayout);
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);

        var run = await project.RunAsync(app.Register, "destroy", "--stack", "dev", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["kustomization.yaml"], project.RenderedFiles());
        Assert.EndsWith("resources: []\n", Read(project, "kustomization.yaml"), StringComparison.Ordinal);
    }
}
