using Infra.Components.Ci.Resources;
using Infra.Components.Ci.Validation;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>A supply chain rendered for its engine(s) and checked for consistency (no engine needed: usable in tests and tools).</summary>
public sealed record SupplyChainDefinition
{
    private SupplyChainDefinition(IReadOnlyList<SupplyChainStage> stages, TektonSupplyChain? tekton, ArgoSupplyChain? argo)
    {
        Stages = stages;
        Tekton = tekton;
        Argo = argo;
    }

    /// <summary>The engine-neutral stages.</summary>
    public IReadOnlyList<SupplyChainStage> Stages { get; }

    /// <summary>The Tekton objects, when Tekton is an engine.</summary>
    public TektonSupplyChain? Tekton { get; }

    /// <summary>The Argo Workflows objects, when Argo Workflows is an engine.</summary>
    public ArgoSupplyChain? Argo { get; }

    /// <summary>Every object to apply, in a stable order.</summary>
    public IReadOnlyList<ITypedCustomResource> Resources =>
    [
        .. Tekton?.Tasks ?? [],
        .. Tekton is null ? Array.Empty<ITypedCustomResource>() : [Tekton.Pipeline],
        .. new ITypedCustomResource?[] { Tekton?.Binding, Tekton?.Template, Tekton?.Listener, Argo?.Template, Argo?.Schedule }.OfType<ITypedCustomResource>(),
    ];

    /// <summary>Renders and validates; throws <see cref="ConfigException"/> naming the task when the graph is inconsistent.</summary>
    /// <param name="args">The arguments.</param>
    public static SupplyChainDefinition Create(SupplyChainPipelineArgs args)
    {
        var stages = SupplyChainStages.Build(args);
        var duplicate = stages.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException($"supply chain '{args.Name}': stage '{duplicate.Key}' is declared more than once");
        }
        var parameters = SupplyChainStages.Parameters(args);
        var workspaces = SupplyChainStages.Workspaces(args);
        TektonSupplyChain? tekton = null;
        ArgoSupplyChain? argo = null;
        if (args.Engine is PipelineEngine.Tekton or PipelineEngine.Both)
        {
            tekton = TektonSupplyChainRenderer.Render(args, stages, parameters, workspaces);
            DagProblems.ThrowIfAny($"Tekton Pipeline '{args.Name}'", TektonPipelineValidator.Validate(tekton.Pipeline, tekton.Tasks));
        }
        if (args.Engine is PipelineEngine.ArgoWorkflows or PipelineEngine.Both)
        {
            argo = ArgoSupplyChainRenderer.Render(args, stages, parameters, workspaces);
            DagProblems.ThrowIfAny($"Argo WorkflowTemplate '{args.Name}'", ArgoDagValidator.Validate(argo.Template));
        }
        return new SupplyChainDefinition(stages, tekton, argo);
    }
}
