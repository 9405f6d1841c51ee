using System.Text.Json.Nodes;
using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Tests.Support;

namespace Infra.Components.Ci.Tests.SupplyChain;

public sealed class SupplyChainStructureTests
{
    private static readonly string[] StageOrder = ["clone", "build", "scan", "sbom", "sign", "deploy"];

    [Fact]
    public void Create_Tekton_EmitsOneTaskPerStageAndAPipelineWiringResults()
    {
        var chain = SupplyChainDefinition.Create(SampleArgs.Kaniko(PipelineEngine.Tekton)).Tekton!;
        var pipeline = chain.Pipeline.ToManifest();

        Assert.Equal(StageOrder.Select(s => "supply-chain-" + s), chain.Tasks.Select(t => t.Metadata.Name));
        Assert.Equal("tekton.dev/v1", pipeline["apiVersion"]!.GetValue<string>());
        var tasks = pipeline["spec"]!["tasks"]!.AsArray().Select(t => t!.AsObject()).ToDictionary(t => t["name"]!.GetValue<string>());
        Assert.Equal(StageOrder, tasks.Keys);
        Assert.Equal("$(tasks.build.results.image-ref)", Param(tasks["scan"], "image-ref"));
        Assert.Equal("HIGH,CRITICAL", Param(tasks["scan"], "severity"));
        Assert.Equal("$(tasks.sbom.results.sbom-file)", Param(tasks["sign"], "sbom-file"));
        Assert.Equal("cyclonedx", Param(tasks["sign"], "predicate-type"));
        Assert.Equal("k8s://ci/cosign-key", Param(tasks["sign"], "key"));
        Assert.Equal(["scan"], tasks["sign"]["runAfter"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["sign"], tasks["deploy"]["runAfter"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["source", "registry-credentials", "gitops-credentials"], pipeline["spec"]!["workspaces"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()));
        Assert.Equal("$(tasks.build.results.image-ref)", pipeline["spec"]!["results"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Create_Tekton_TaskStepExposesParamsResultsAndWorkspacesAsEnvironment()
    {
        var build = SupplyChainDefinition.Create(SampleArgs.Kaniko(PipelineEngine.Tekton)).Tekton!.Tasks.Single(t => t.Metadata.Name == "supply-chain-build").ToManifest();
        var step = build["spec"]!["steps"]![0]!.AsObject();
        var env = step["env"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());

        Assert.Equal("$(params.image)", env["PARAM_IMAGE"]);
        Assert.Equal("$(results.image-ref.path)", env["RESULT_IMAGE_REF"]);
        Assert.Equal("$(workspaces.registry-credentials.path)", env["WORKSPACE_REGISTRY_CREDENTIALS"]);
        Assert.StartsWith("gcr.io/kaniko-project/executor:debug@sha256:", step["image"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/kaniko/executor", step["script"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(step["securityContext"]!["allowPrivilegeEscalation"]!.GetValue<bool>());
        Assert.Equal(["digest", "image-ref"], build["spec"]!["results"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void Create_Argo_EmitsDagWithDependenciesFromResultInputs()
    {
        var argo = SupplyChainDefinition.Create(SampleArgs.Kaniko(PipelineEngine.ArgoWorkflows)).Argo!;
        var spec = argo.Template.ToManifest()["spec"]!.AsObject();

        Assert.Equal("main", spec["entrypoint"]!.GetValue<string>());
        var dag = spec["templates"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "main")!["dag"]!["tasks"]!.AsArray().Select(t => t!.AsObject()).ToDictionary(t => t["name"]!.GetValue<string>());
        Assert.Equal(StageOrder, dag.Keys);
        Assert.Null(dag["clone"]["dependencies"]);
        Assert.Equal(["clone"], Dependencies(dag["build"]));
        Assert.Equal(["scan", "build", "sbom"], Dependencies(dag["sign"]));
        Assert.Equal("{{tasks.build.outputs.parameters.image-ref}}", Argument(dag["scan"], "image-ref"));
        Assert.Equal("{{workflow.parameters.repo-url}}", Argument(dag["clone"], "url"));
        var build = spec["templates"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "build")!.AsObject();
        Assert.Equal("/tmp/results/image-ref", build["outputs"]!["parameters"]![1]!["valueFrom"]!["path"]!.GetValue<string>());
        Assert.Equal("source", spec["volumeClaimTemplates"]![0]!["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("registry-credentials", spec["volumes"]![0]!["secret"]!["secretName"]!.GetValue<string>());
        Assert.Null(argo.Schedule);
    }

    public static TheoryData<ImageBuilder, SbomFormat, VulnerabilitySeverity, string, string, string> Options() => new()
    {
        { ImageBuilder.Kaniko, SbomFormat.CycloneDx, VulnerabilitySeverity.Critical, "/kaniko/executor", "cyclonedx-json", "CRITICAL" },
        { ImageBuilder.BuildKit, SbomFormat.Spdx, VulnerabilitySeverity.Low, "buildctl-daemonless.sh", "spdx-json", "LOW,MEDIUM,HIGH,CRITICAL" },
        { ImageBuilder.BuildKit, SbomFormat.CycloneDx, VulnerabilitySeverity.Medium, "buildctl-daemonless.sh", "cyclonedx-json", "MEDIUM,HIGH,CRITICAL" },
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void Create_Options_SelectBuilderSbomFormatAndSeverity(ImageBuilder builder, SbomFormat format, VulnerabilitySeverity threshold, string buildCommand, string sbomFormat, string severities)
    {
        var definition = SupplyChainDefinition.Create(SampleArgs.Kaniko() with { Builder = builder, SbomFormat = format, SeverityThreshold = threshold });
        var stages = definition.Stages.ToDictionary(s => s.Name);

        Assert.Contains(buildCommand, stages["build"].Script, StringComparison.Ordinal);
        Assert.Equal(sbomFormat, stages["sbom"].Inputs["format"].Name);
        Assert.Equal(severities, stages["scan"].Inputs["severity"].Name);
        var argoScan = definition.Argo!.Template.Spec.Templates.Single(t => t.Name == "main").Dag!.Tasks.Single(t => t.Name == "scan");
        Assert.Equal(severities, argoScan.Arguments!.Parameters.Single(p => p.Name == "severity").Value);
    }

    [Fact]
    public void Create_ArgoCdSyncTarget_DeploysWithArgoCdCliAndTokenWorkspace()
    {
        var definition = SupplyChainDefinition.Create(SampleArgs.Kaniko() with { Deploy = new ArgoCdSync("shop-prod") });
        var deploy = definition.Stages.Single(s => s.Name == "deploy");

        Assert.Contains("argocd app sync", deploy.Script, StringComparison.Ordinal);
        Assert.Equal("shop-prod", deploy.Inputs["application"].Name);
        Assert.Equal(["argocd-credentials"], deploy.Workspaces);
        Assert.Contains(definition.Tekton!.Pipeline.Spec.Workspaces!, w => w.Name == "argocd-credentials");
        Assert.Contains(definition.Argo!.Template.Spec.Volumes!, v => v.Name == "argocd-credentials" && v.Secret!.SecretName == "argocd-token");
    }

    [Fact]
    public void Create_WebhookAndSchedule_EmitTriggersAndCronWorkflow()
    {
        var definition = SupplyChainDefinition.Create(SampleArgs.Variants().Single(v => v.Name == "webhook-schedule-extra").Args);
        var tekton = definition.Tekton!;

        var run = tekton.Template!.Spec.ResourceTemplates.Single();
        Assert.Equal("PipelineRun", run["kind"]!.GetValue<string>());
        Assert.Equal("supply-chain-", run["metadata"]!["generateName"]!.GetValue<string>());
        var runParams = run["spec"]!["params"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["value"]!.GetValue<string>());
        Assert.Equal("$(tt.params.revision)", runParams["revision"]);
        Assert.Equal("supply-chain-push", tekton.Listener!.Spec.Triggers.Single().Template.Ref);
        Assert.Equal(["0 3 * * *"], definition.Argo!.Schedule!.Spec.Schedules);
        Assert.Equal("supply-chain", definition.Argo.Schedule.Spec.WorkflowSpec.WorkflowTemplateRef.Name);
        Assert.Equal(["sign", "unit-test"], definition.Stages.Single(s => s.Name == "deploy").RunAfter);
        Assert.Equal("resourcetemplates", tekton.Template.SpecJson().Select(p => p.Key).Last());
    }

    private static string Param(JsonObject task, string name) =>
        task["params"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();

    private static string Argument(JsonObject task, string name) =>
        task["arguments"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();

    private static IEnumerable<string> Dependencies(JsonObject task) => task["dependencies"]!.AsArray().Select(d => d!.GetValue<string>());
}
