using System.Text.Json.Nodes;
using Infra.Components.Ci.Resources;
using Infra.Components.Ci.Tekton;
using Infra.Components.Ci.Triggers;
using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>Renders engine-neutral stages as Tekton Tasks, a Pipeline, a run template and (optionally) a webhook trigger.</summary>
internal static class TektonSupplyChainRenderer
{
    internal static TektonSupplyChain Render(SupplyChainPipelineArgs args, IReadOnlyList<SupplyChainStage> stages, IReadOnlyList<PipelineParameterDefinition> parameters, IReadOnlyList<PipelineWorkspaceDefinition> workspaces)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/part-of"] = args.Name, ["app.kubernetes.io/managed-by"] = "infra" };
        var tasks = stages.Select(s => Task(args, s, labels)).ToList();
        var pipeline = new TektonPipeline(new ResourceMetadata(args.Name, args.Namespace) { Labels = labels }, new TektonPipelineSpec(stages.Select(s => PipelineTask(args, s)).ToList())
        {
            Description = $"Build, scan, SBOM, sign and deploy {args.Image}.",
            Params = parameters.Select(p => new TektonParamSpec(p.Name, p.Description, p.Default)).ToList(),
            Workspaces = workspaces.Select(w => new TektonPipelineWorkspace(w.Name)).ToList(),
            Results = stages.Any(s => s.Name == "build")
                ? [new TektonPipelineResult("image-ref", "$(tasks.build.results.image-ref)", "The pushed image, by digest.")]
                : null,
        });
        var run = Run(args, workspaces, labels, parameters.Select(p => new TektonParam(p.Name, p.Default)).ToList());
        var chain = new TektonSupplyChain(tasks, pipeline, run);
        return args.WebhookTrigger ? WithTrigger(chain, args, labels) : chain;
    }

    private static TektonTask Task(SupplyChainPipelineArgs args, SupplyChainStage stage, IReadOnlyDictionary<string, string> labels)
    {
        var env = stage.Inputs.Keys.Select(k => new TektonEnvVar(SupplyChainStage.EnvName("PARAM", k), $"$(params.{k})"))
            .Concat(stage.Results.Select(r => new TektonEnvVar(SupplyChainStage.EnvName("RESULT", r), $"$(results.{r}.path)")))
            .Concat(stage.Workspaces.Select(w => new TektonEnvVar(SupplyChainStage.EnvName("WORKSPACE", w), $"$(workspaces.{w}.path)")))
            .ToList();
        return new TektonTask(new ResourceMetadata($"{args.Name}-{stage.Name}", args.Namespace) { Labels = labels }, new TektonTaskSpec(
        [
            new TektonStep(stage.Name, stage.Image)
            {
                Script = stage.Script,
                Env = env,
                ComputeResources = stage.Resources,
                SecurityContext = stage.Security ?? ContainerSecurity.RestrictedWritable,
            },
        ])
        {
            Params = stage.Inputs.Keys.Select(k => new TektonParamSpec(k)).ToList(),
            Results = stage.Results.Count > 0 ? stage.Results.Select(r => new TektonTaskResult(r)).ToList() : null,
            Workspaces = stage.Workspaces.Count > 0 ? stage.Workspaces.Select(w => new TektonWorkspaceDeclaration(w)).ToList() : null,
        });
    }

    private static TektonPipelineTask PipelineTask(SupplyChainPipelineArgs args, SupplyChainStage stage) =>
        new(stage.Name, new TektonTaskRef($"{args.Name}-{stage.Name}"))
        {
            Params = stage.Inputs.Select(i => new TektonParam(i.Key, i.Value.ToTekton())).ToList(),
            Workspaces = stage.Workspaces.Count > 0 ? stage.Workspaces.Select(w => new TektonWorkspacePipelineTaskBinding(w, w)).ToList() : null,
            RunAfter = stage.RunAfter.Count > 0 ? stage.RunAfter : null,
        };

    private static TektonPipelineRun Run(SupplyChainPipelineArgs args, IReadOnlyList<PipelineWorkspaceDefinition> workspaces, IReadOnlyDictionary<string, string> labels, IReadOnlyList<TektonParam> parameters) =>
        new(new ResourceMetadata(null, args.Namespace) { GenerateName = args.Name + "-", Labels = labels }, new TektonPipelineRunSpec(new TektonPipelineRef(args.Name))
        {
            Params = parameters,
            Workspaces = workspaces.Select(w => w.SecretName is null
                ? new TektonWorkspaceBinding(w.Name) { VolumeClaimTemplate = VolumeClaim(args.WorkspaceSize) }
                : new TektonWorkspaceBinding(w.Name) { Secret = new SecretVolumeSource(w.SecretName) { Items = w.Items } }).ToList(),
            TaskRunTemplate = new TektonTaskRunTemplate(args.ServiceAccountName),
            Timeouts = new TektonTimeouts("1h"),
        });

    internal static JsonObject VolumeClaim(string size) => new()
    {
        ["spec"] = new JsonObject
        {
            ["accessModes"] = new JsonArray("ReadWriteOnce"),
            ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = size } },
        },
    };

    private static TektonSupplyChain WithTrigger(TektonSupplyChain chain, SupplyChainPipelineArgs args, IReadOnlyDictionary<string, string> labels)
    {
        var name = args.Name + "-push";
        var binding = new TriggerBinding(new ResourceMetadata(name, args.Namespace) { Labels = labels }, new TriggerBindingSpec(
        [
            new TektonParam("repo-url", "$(body.repository.clone_url)"),
            new TektonParam("revision", "$(body.after)"),
        ]));
        var runParams = (chain.Run.Spec.Params ?? []).Select(p => p.Name is "repo-url" or "revision" ? p with { Value = $"$(tt.params.{p.Name})" } : p).ToList();
        var run = chain.Run with { Spec = chain.Run.Spec with { Params = runParams } };
        var template = new TriggerTemplate(new ResourceMetadata(name, args.Namespace) { Labels = labels }, new TriggerTemplateSpec(
            [new TriggerTemplateParam("repo-url", "The pushed repository."), new TriggerTemplateParam("revision", "The pushed commit.")],
            [run.ToManifest()]));
        var listener = new EventListener(new ResourceMetadata(args.Name, args.Namespace) { Labels = labels }, new EventListenerSpec(args.ServiceAccountName,
        [
            new EventListenerTrigger("push", [new TriggerRef(name)], new TemplateRef(name))
            {
                Interceptors =
                [
                    new TriggerInterceptor(new InterceptorRef("github"),
                    [
                        new InterceptorParam("secretRef", new JsonObject { ["secretName"] = args.WebhookSecret, ["secretKey"] = "secret" }),
                        new InterceptorParam("eventTypes", new JsonArray("push")),
                    ]),
                ],
            },
        ]));
        return chain with { Binding = binding, Template = template, Listener = listener };
    }
}
