using Infra.Kubernetes;
using Infra.Providers.Kubernetes.Tests.Support;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Tests.Provider;

public sealed class LiveModeUpTests
{
    private static void Register()
    {
        _ = new KubernetesResource<V1Namespace>("ns", new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = "shop" } });
        _ = new KubernetesResource<V1ConfigMap>("config", new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "web-config", NamespaceProperty = "shop" },
            Data = new Dictionary<string, string> { ["greeting"] = "hello" },
        });
    }

    private static CliProject LiveProject(FakeCluster cluster)
    {
        var project = new CliProject();
        project.SetStackConfig($"kubernetes:kubeconfig: {cluster.WriteKubeconfig(project.Directory)}");
        return project;
    }

    [Fact]
    public async Task Up_LiveMode_ServerSideAppliesEachObjectOnceThenNothing()
    {
        using var cluster = new FakeCluster();
        using var project = LiveProject(cluster);

        var first = await project.RunAsync(Register, CliProject.Up);
        var patches = cluster.Server.Requests.Count(r => r.Method == "PATCH");
        var second = await project.RunAsync(Register, CliProject.Up);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, patches);
        Assert.All(cluster.Server.Requests.Where(r => r.Method == "PATCH"), r => Assert.Contains("fieldManager=infra", r.Query, StringComparison.Ordinal));
        Assert.Equal(["/api/v1/namespaces/shop", "/api/v1/namespaces/shop/configmaps/web-config"], cluster.StoredPaths);
        Assert.Equal(2, cluster.Server.Requests.Count(r => r.Method == "PATCH"));
        Assert.False(Directory.Exists(project.Combine("out")));
    }

    [Fact]
    public async Task Up_LiveModeApplyConflict_FailsWithFieldManagerExplanation()
    {
        using var cluster = new FakeCluster { ConflictOn = "/configmaps/" };
        using var project = LiveProject(cluster);

        var run = await project.RunAsync(Register, CliProject.Up);

        Assert.True(run.ExitCode == 1, run.ToString());
        var text = run.Out + run.Error;
        Assert.Contains("409 Conflict", text, StringComparison.Ordinal);
        Assert.Contains(".spec.replicas", text, StringComparison.Ordinal);
        Assert.Contains("kubernetes:forceConflicts", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destroy_LiveMode_DeletesEveryObject()
    {
        using var cluster = new FakeCluster();
        using var project = LiveProject(cluster);
        Assert.Equal(0, (await project.RunAsync(Register, CliProject.Up)).ExitCode);

        var run = await project.RunAsync(Register, "destroy", "--stack", "dev", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(cluster.StoredPaths);
        Assert.Equal(2, cluster.Server.Requests.Count(r => r.Method == "DELETE"));
    }

    [Fact]
    public async Task Up_LiveModeDeploymentRollingOut_WaitsAndReportsProgress()
    {
        using var cluster = new FakeCluster { NotReadyReads = 1 };
        using var project = LiveProject(cluster);

        var run = await project.RunAsync(() => new SampleApp { WithPipeline = false }.Register(), CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("apps/v1 Deployment shop/web: 0/2 replicas updated", run.Out + run.Error, StringComparison.Ordinal);
        Assert.True(cluster.Server.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/deployments/web", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public async Task Up_LiveModeDeploymentNeverReady_FailsAfterWaitTimeout()
    {
        using var cluster = new FakeCluster { NotReadyReads = int.MaxValue };
        using var project = new CliProject();
        project.SetStackConfig($"kubernetes:kubeconfig: {cluster.WriteKubeconfig(project.Directory)}\nkubernetes:waitTimeout: 1s");

        var run = await project.RunAsync(() => new SampleApp { WithPipeline = false }.Register(), CliProject.Up);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("not ready after", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains("0/2 replicas updated", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_LiveModeChangedSelector_DeletesThenAppliesDeployment()
    {
        using var cluster = new FakeCluster();
        using var project = LiveProject(cluster);
        var app = new SampleApp { WithPipeline = false, WithService = false };
        Assert.Equal(0, (await project.RunAsync(app.Register, CliProject.Up)).ExitCode);
        var before = cluster.Server.Requests.Count;

        app.AppLabel = "shop-web";
        var run = await project.RunAsync(app.Register, CliProject.Up);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 replaced", run.Out, StringComparison.Ordinal);
        var writes = cluster.Server.Requests.Skip(before).Where(r => r.Method is "PATCH" or "DELETE").Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(["DELETE /apis/apps/v1/namespaces/shop/deployments/web", "PATCH /apis/apps/v1/namespaces/shop/deployments/web"], writes);
        Assert.Contains("\"app\":\"shop-web\"", cluster.Server.Requests.Last(r => r.Method == "PATCH").Body, StringComparison.Ordinal);
    }
}
