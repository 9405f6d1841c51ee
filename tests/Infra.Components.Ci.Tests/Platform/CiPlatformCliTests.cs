using System.Text.Json.Nodes;
using Infra.Components.Ci.Controllers;
using Infra.Components.Ci.GitOps;
using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Tests.Controllers;
using Infra.Components.Ci.Tests.Schemas;
using Infra.Components.Ci.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Ci.Tests.Platform;

public sealed class CiPlatformCliTests(CrdSchemasFixture fixture) : IClassFixture<CrdSchemasFixture>
{
    private static CiPlatformArgs Args(string environment, SupplyChainPipelineArgs? supplyChain = null) => new()
    {
        Environment = environment,
        Tekton = new TektonPipelinesControllerArgs { Environment = environment, Images = ControllerObjectsTests.TektonImages },
        ArgoWorkflows = ControllerObjectsTests.ArgoArgs(environment),
        SupplyChains = [supplyChain ?? SampleArgs.Kaniko()],
        GitOps = new GitOpsApplicationsArgs
        {
            RepositoryUrl = "https://git.example.com/platform/infra.git",
            Environments = [new GitOpsEnvironment(environment)],
            HealthChecks = [ResourceHealthCheck.TektonPipelineRun],
        },
    };

    [Fact]
    public async Task Preview_StackWithCiPlatform_PlansEveryObjectAndSucceeds()
    {
        using var project = new CliProject();

        var run = await project.RunAsync(() => _ = new CiPlatform("ci", Args("dev")), "preview", "--stack", "dev");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("infra:ci:CiPlatform", run.Out + run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(project.RenderedDirectory), "preview must not render files");
    }

    [Fact]
    public async Task Preview_BrokenSupplyChainGraph_ExitsWithBadInputNamingTheTask()
    {
        using var project = new CliProject();
        var broken = SampleArgs.Kaniko() with
        {
            ExtraStages = [new SupplyChainStage("lint", SampleArgs.Tools.Git, "true") { Inputs = new Dictionary<string, StageValue> { ["d"] = StageValue.Result("build", "sha") } }],
        };

        var run = await project.RunAsync(() => _ = new CiPlatform("ci", Args("dev", broken)), "preview", "--stack", "dev");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("pipeline task 'lint' param 'd' references result 'sha' of task 'build'", run.Out + run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Up_RenderMode_WritesObjectsThatMatchUpstreamCrds()
    {
        RepositoryRoot.RequireCrds();
        using var project = new CliProject();

        var run = await project.RunAsync(() => _ = new CiPlatform("ci", Args("dev")), "up", "--stack", "dev", "--yes");

        Assert.True(run.ExitCode == 0, run.ToString());
        var manifests = Directory.GetFiles(project.RenderedDirectory, "*.yaml").Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => (File: Path.GetFileName(f), Object: ReadYaml(f))).ToList();
        var kinds = manifests.Select(m => m.Object["kind"]!.GetValue<string>()).ToList();
        foreach (var kind in new[] { "Task", "Pipeline", "WorkflowTemplate", "Application", "Deployment", "ClusterRole", "ConfigMap", "Namespace" })
        {
            Assert.Contains(kind, kinds);
        }
        var checkedCount = 0;
        foreach (var (file, manifest) in manifests.Where(m => m.Object["apiVersion"]!.GetValue<string>().Contains("tekton.dev", StringComparison.Ordinal) || m.Object["apiVersion"]!.GetValue<string>().StartsWith("argoproj.io", StringComparison.Ordinal)))
        {
            var errors = fixture.Schemas.Validate(manifest);
            Assert.True(errors.Count == 0, $"{file}:\n{string.Join("\n", errors)}");
            checkedCount++;
        }
        Assert.Equal(6 + 1 + 1 + 1, checkedCount);
    }

    private static JsonObject ReadYaml(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }
        return OpenApiToJsonSchema.FromYaml(yaml.Documents[0].RootNode)!.AsObject();
    }
}
