using Infra.Components.Ci.Controllers;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>
/// A build → scan → SBOM → sign → deploy pipeline as Tekton objects and/or an Argo WorkflowTemplate, with the
/// service account and Role its pods run with. The graph is
/// checked at construction: an unknown result, workspace or task, or a cycle, throws <see cref="ConfigException"/>
/// naming the task.
/// </summary>
public sealed class SupplyChainPipeline : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:ci:SupplyChainPipeline";

    /// <summary>Renders, validates and registers the pipeline objects.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="options">Resource options.</param>
    public SupplyChainPipeline(string name, SupplyChainPipelineArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Definition = SupplyChainDefinition.Create(args);
        var child = new ResourceOptions { Parent = this };
        foreach (var resource in Definition.Resources)
        {
            resource.Register($"{name}-{resource.Kind.ToLowerInvariant()}-{resource.Metadata.Name}", child);
        }
        foreach (var model in SupplyChainAccess.Build(args))
        {
            KubernetesObjects.Register(model, $"{name}-{KubernetesObjects.LogicalName(model)}", child);
        }
        PipelineName = Output.Create(Definition.Tekton?.Pipeline.Metadata.Name);
        WorkflowTemplateName = Output.Create(Definition.Argo?.Template.Metadata.Name);
        RegisterOutputs(new Dictionary<string, object?> { ["pipelineName"] = PipelineName, ["workflowTemplateName"] = WorkflowTemplateName });
    }

    /// <summary>The rendered objects.</summary>
    public SupplyChainDefinition Definition { get; }

    /// <summary>The Tekton Pipeline's name (null without Tekton).</summary>
    public Output<string?> PipelineName { get; }

    /// <summary>The WorkflowTemplate's name (null without Argo Workflows).</summary>
    public Output<string?> WorkflowTemplateName { get; }
}
