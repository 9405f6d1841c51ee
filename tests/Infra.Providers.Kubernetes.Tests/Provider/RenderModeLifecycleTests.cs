using Infra.Providers.Kubernetes.Tests.Support;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class RenderModeLifecycleTests
{
    private static string DeploymentFile(CliProject project) =>
        Path.Combine(project.RenderedDirectory, project.RenderedFiles().Single(f => f.Contains("deployment", StringComparison.Ordinal)));

    [Fact]
    public async Task Up_ChangedSelector_ReplacesDeploymentAndKeepsItsFile()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);

        app.AppLabel = "shop-web";
        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 replaced", run.Out, StringComparison.Ordinal);
        Assert.Contains("app: shop-web", File.ReadAllText(DeploymentFile(project)), StringComparison.Ordinal);
        Assert.Equal(6, project.RenderedFiles().Count);
    }

    [Fact]
    public async Task Preview_NewStack_WritesNoFiles()
    {
        using var project = new CliProject();
        var app = new SampleApp();

        var run = await project.RunAsync(app.Register, "preview", "--stack", "dev");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("create", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.Combine("out")));
    }

    [Fact]
    public async Task RefreshThenUp_HandEditedFile_RestoresProgramVersion()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var original = File.ReadAllText(DeploymentFile(project));
        File.WriteAllText(DeploymentFile(project), original.Replace("replicas: 2", "replicas: 7", StringComparison.Ordinal));

        var refresh = await project.RunAsync(app.Register, "refresh", "--stack", "dev", "--yes");
        var up = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains("1 updated", up.Out, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(DeploymentFile(project)));
    }

    [Fact]
    public async Task Destroy_RenderedStack_RemovesEveryManifestAndEmptiesKustomization()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);

        var run = await project.RunAsync(app.Register, "destroy", "--stack", "dev", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["kustomization.yaml"], project.RenderedFiles());
        Assert.DoesNotContain(".yaml", File.ReadAllText(Path.Combine(project.RenderedDirectory, "kustomization.yaml")).Replace("kustomization", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
