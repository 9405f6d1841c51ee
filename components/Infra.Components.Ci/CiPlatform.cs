using Infra.Components.Ci.Controllers;
using Infra.Components.Ci.GitOps;
using Infra.Components.Ci.SupplyChain;

namespace Infra.Components.Ci;

/// <summary>
/// The CI/CD side of the platform for one environment: the Tekton and Argo Workflows controllers, supply-chain
/// pipelines and the Argo CD Applications that deploy rendered stacks. Invalid input (unpinned image, broken
/// pipeline graph, duplicate names) throws <see cref="ConfigException"/> from the constructor.
/// </summary>
public sealed class CiPlatform : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:ci:CiPlatform";

    /// <summary>Registers the parts that are configured.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="options">Resource options.</param>
    public CiPlatform(string name, CiPlatformArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var duplicate = args.SupplyChains.GroupBy(s => (s.Namespace, s.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigException($"ci[{args.Environment}].supplyChains: '{duplicate.Key.Name}' is declared twice in namespace '{duplicate.Key.Namespace}'.");
        }
        var child = new ResourceOptions { Parent = this };
        Tekton = args.Tekton is null ? null : new TektonPipelinesController($"{name}-tekton", args.Tekton with { Environment = args.Environment }, child);
        ArgoWorkflows = args.ArgoWorkflows is null ? null : new ArgoWorkflowsController($"{name}-argo-workflows", args.ArgoWorkflows with { Environment = args.Environment }, child);
        SupplyChains = args.SupplyChains.Select(s => new SupplyChainPipeline($"{name}-{s.Namespace}-{s.Name}", s, child)).ToList();
        GitOps = args.GitOps is null ? null : new GitOpsApplications($"{name}-gitops", args.GitOps, child);
        Environment = Output.Create(args.Environment);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["environment"] = Environment,
            ["supplyChains"] = Output.Create((IReadOnlyList<string>)args.SupplyChains.Select(s => $"{s.Namespace}/{s.Name}").ToList()),
        });
    }

    /// <summary>The environment.</summary>
    public Output<string> Environment { get; }

    /// <summary>The Tekton controller, when installed.</summary>
    public TektonPipelinesController? Tekton { get; }

    /// <summary>The Argo Workflows controller, when installed.</summary>
    public ArgoWorkflowsController? ArgoWorkflows { get; }

    /// <summary>The supply-chain pipelines.</summary>
    public IReadOnlyList<SupplyChainPipeline> SupplyChains { get; }

    /// <summary>The Argo CD Applications, when configured.</summary>
    public GitOpsApplications? GitOps { get; }
}
