using Infra.Components.Ci.Argo;
using Infra.Components.Ci.Resources;
using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>Renders engine-neutral stages as an Argo WorkflowTemplate DAG (and a CronWorkflow when scheduled).</summary>
internal static class ArgoSupplyChainRenderer
{
    private const string ResultsDirectory = "/tmp/results";
    private const string Entrypoint = "main";

    internal static ArgoSupplyChain Render(SupplyChainPipelineArgs args, IReadOnlyList<SupplyChainStage> stages, IReadOnlyList<PipelineParameterDefinition> parameters, IReadOnlyList<PipelineWorkspaceDefinition> workspaces)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/part-of"] = args.Name, ["app.kubernetes.io/managed-by"] = "infra" };
        var dag = new ArgoTemplate(Entrypoint)
        {
            Dag = new ArgoDag(stages.Select(s => new ArgoDagTask(s.Name, s.Name)
            {
                Dependencies = s.Dependencies.Count > 0 ? s.Dependencies : null,
                Arguments = s.Inputs.Count > 0 ? new ArgoArguments(s.Inputs.Select(i => new ArgoParameter(i.Key) { Value = i.Value.ToArgo() }).ToList()) : null,
            }).ToList()),
        };
        var template = new WorkflowTemplate(new ResourceMetadata(args.Name, args.Namespace) { Labels = labels }, new WorkflowTemplateSpec(Entrypoint, [dag, .. stages.Select(Template)])
        {
            Arguments = new ArgoArguments(parameters.Select(p => new ArgoParameter(p.Name) { Value = p.Default, Description = p.Description }).ToList()),
            ServiceAccountName = args.ServiceAccountName,
            VolumeClaimTemplates = workspaces.Where(w => w.SecretName is null).Select(w =>
            {
                var claim = TektonSupplyChainRenderer.VolumeClaim(args.WorkspaceSize);
                claim["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = w.Name };
                return claim;
            }).ToList(),
            Volumes = workspaces.Where(w => w.SecretName is not null).Select(w => new PodVolume(w.Name) { Secret = new SecretVolumeSource(w.SecretName!) { Items = w.Items } }).ToList(),
        });
        var schedule = args.Schedules.Count == 0 ? null : new CronWorkflow(new ResourceMetadata(args.Name + "-nightly", args.Namespace) { Labels = labels },
            new CronWorkflowSpec(args.Schedules, new CronWorkflowRunSpec(new WorkflowTemplateRef(args.Name)))
            {
                Timezone = "Etc/UTC",
                ConcurrencyPolicy = "Forbid",
                SuccessfulJobsHistoryLimit = 3,
                FailedJobsHistoryLimit = 3,
            });
        return new ArgoSupplyChain(template, schedule);
    }

    private static ArgoTemplate Template(SupplyChainStage stage)
    {
        var env = stage.Inputs.Keys.Select(k => new ArgoEnvVar(SupplyChainStage.EnvName("PARAM", k), $"{{{{inputs.parameters.{k}}}}}"))
            .Concat(stage.Results.Select(r => new ArgoEnvVar(SupplyChainStage.EnvName("RESULT", r), $"{ResultsDirectory}/{r}")))
            .Concat(stage.Workspaces.Select(w => new ArgoEnvVar(SupplyChainStage.EnvName("WORKSPACE", w), $"/workspace/{w}")))
            .ToList();
        return new ArgoTemplate(stage.Name)
        {
            Inputs = stage.Inputs.Count > 0 ? new ArgoInputs(stage.Inputs.Keys.Select(k => new ArgoParameter(k)).ToList()) : null,
            Outputs = stage.Results.Count > 0 ? new ArgoOutputs(stage.Results.Select(r => new ArgoParameter(r) { ValueFrom = new ArgoValueFrom($"{ResultsDirectory}/{r}") }).ToList()) : null,
            Script = new ArgoScript(stage.Image, ["sh"], $"mkdir -p {ResultsDirectory}\n{stage.Script}")
            {
                Env = env,
                VolumeMounts = stage.Workspaces.Count > 0 ? stage.Workspaces.Select(w => new ArgoVolumeMount(w, $"/workspace/{w}")).ToList() : null,
                Resources = stage.Resources,
                SecurityContext = stage.Security ?? ContainerSecurity.RestrictedWritable,
            },
        };
    }
}
