using Infra.Components.Ci.Controllers;
using Infra.Components.Ci.GitOps;
using Infra.Components.Ci.SupplyChain;

namespace Infra.Components.Ci;

/// <summary>Arguments of <see cref="CiPlatform"/> for one environment; each part is optional.</summary>
public sealed record CiPlatformArgs
{
    /// <summary>The environment (<c>dev</c>, <c>staging</c>, <c>prod</c>); it overrides the controllers' own.</summary>
    public required string Environment { get; init; }

    /// <summary>The Tekton Pipelines controller install; null to skip.</summary>
    public TektonPipelinesControllerArgs? Tekton { get; init; }

    /// <summary>The Argo Workflows controller install; null to skip.</summary>
    public ArgoWorkflowsControllerArgs? ArgoWorkflows { get; init; }

    /// <summary>The supply-chain pipelines.</summary>
    public IReadOnlyList<SupplyChainPipelineArgs> SupplyChains { get; init; } = [];

    /// <summary>The Argo CD Applications deploying rendered stacks; null to skip.</summary>
    public GitOpsApplicationsArgs? GitOps { get; init; }
}
