using System.Text;
using Infra.Providers.Kubernetes.Tests.Rendering;
using Infra.Providers.Kubernetes.Tests.Support;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class RenderModeUpTests
{
    [Fact]
    public async Task Up_SampleApp_RendersOneFilePerObjectInApplyOrderWithKustomization()
    {
        using var project = new CliProject();
        var app = new SampleApp();

        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = project.RenderedFiles();
        Assert.Equal(6, files.Count);
        Assert.Contains("kustomization.yaml", files);
        var manifests = files.Where(f => f != "kustomization.yaml").ToList();
        Assert.StartsWith("namespace_shop", manifests[0][3..], StringComparison.Ordinal);
        Assert.Contains(manifests, f => f.Contains("configmap_shop_web-config", StringComparison.Ordinal));
        Assert.Contains(manifests, f => f.Contains("deployment_shop_web", StringComparison.Ordinal));
        Assert.Contains(manifests, f => f.Contains("service_shop_web", StringComparison.Ordinal));
        Assert.Contains(manifests, f => f.Contains("pipeline.tekton.dev_shop_build", StringComparison.Ordinal));
        var kustomization = File.ReadAllText(Path.Combine(project.RenderedDirectory, "kustomization.yaml"));
        foreach (var manifest in manifests)
        {
            Assert.Contains("- " + manifest, kustomization, StringComparison.Ordinal);
        }

        var deployment = File.ReadAllText(Path.Combine(project.RenderedDirectory, manifests.Single(f => f.Contains("deployment", StringComparison.Ordinal))));
        Assert.Contains("memory: 1Gi", deployment, StringComparison.Ordinal);
        Assert.Contains("image: nginx:1.27", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_Twice_SecondRunChangesNothingAndKeepsBytes()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var bytes = project.Snapshot();
        var times = project.WriteTimes();

        var second = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("unchanged", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("updated", second.Out, StringComparison.Ordinal);
        Assert.Equal(bytes.Keys, project.Snapshot().Keys);
        Assert.All(project.Snapshot(), p => Assert.Equal(bytes[p.Key], p.Value));
        Assert.Equal(times, project.WriteTimes());
    }

    [Fact]
    public async Task Up_ChangedConfigMap_RewritesOnlyItsFile()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var before = project.Snapshot();

        app.Greeting = "bonjour";
        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 updated", run.Out, StringComparison.Ordinal);
        var after = project.Snapshot();
        var changed = after.Where(p => !p.Value.AsSpan().SequenceEqual(before[p.Key])).Select(p => p.Key).ToList();
        var file = Assert.Single(changed);
        Assert.Contains("configmap", file, StringComparison.Ordinal);
        Assert.Contains("greeting: bonjour", Encoding.UTF8.GetString(after[file]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_RemovedService_DeletesItsFileAndKustomizationEntry()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);

        app.WithService = false;
        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 deleted", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(project.RenderedFiles(), f => f.Contains("service", StringComparison.Ordinal));
        Assert.Equal(5, project.RenderedFiles().Count);
        var kustomization = File.ReadAllText(Path.Combine(project.RenderedDirectory, "kustomization.yaml"));
        Assert.DoesNotContain("service", kustomization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_SemanticallyEqualQuantity_ShowsNoUpdate()
    {
        using var project = new CliProject();
        var app = new SampleApp();
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var before = project.Snapshot();

        app.Memory = "1024Mi";
        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("updated", run.Out, StringComparison.Ordinal);
        Assert.All(project.Snapshot(), p => Assert.Equal(before[p.Key], p.Value));
    }

    [SkippableFact]
    public async Task KubectlKustomize_RenderedStack_AcceptsFolder()
    {
        var kubectl = ExternalProcess.FindOnPath("kubectl");
        Skip.If(kubectl is null, "kubectl is not installed");
        using var project = new CliProject("kubernetes:renderSecrets: true");
        var app = new SampleApp { Password = "s3cret-pw" };
        var run = await project.RunAsync(app.Register, CliProject.Up);
        Assert.True(run.ExitCode == 0, run.ToString());

        var (exitCode, output, error) = await ExternalProcess.RunAsync(kubectl!, "kustomize", project.RenderedDirectory);

        Assert.True(exitCode == 0, error);
        Assert.Equal(6, output.Split("\n---\n").Length);
        Assert.Contains("kind: Pipeline", output, StringComparison.Ordinal);
        Assert.Contains("kind: Secret", output, StringComparison.Ordinal);
    }
}
