using Infra.Components.Ci.Resources;
using Infra.Kubernetes;
using k8s.Models;

namespace Infra.Components.Ci.GitOps;

/// <summary>
/// Argo CD Applications (or one ApplicationSet) deploying each stack's rendered folder <c>out/&lt;stack&gt;</c>, with
/// automated sync (prune, self-heal), retries and optional custom health checks: <c>infra up</c> in render mode,
/// commit, and Argo CD syncs.
/// </summary>
public sealed class GitOpsApplications : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:ci:GitOpsApplications";

    /// <summary>Registers the Argo CD objects.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="options">Resource options.</param>
    public GitOpsApplications(string name, GitOpsApplicationsArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var objects = GitOpsObjects.Build(args);
        var child = new ResourceOptions { Parent = this };
        foreach (var resource in objects)
        {
            resource.Register($"{name}-{resource.Kind.ToLowerInvariant()}-{resource.Metadata.Name}", child);
        }
        if (GitOpsObjects.HealthConfig(args) is { } health)
        {
            _ = new KubernetesResource<V1ConfigMap>($"{name}-argocd-cm", health, child);
        }
        ApplicationNames = Output.Create((IReadOnlyList<string>)objects.Select(o => o.Metadata.Name!).ToList());
        RegisterOutputs(new Dictionary<string, object?> { ["applicationNames"] = ApplicationNames });
    }

    /// <summary>The Application (or ApplicationSet) names.</summary>
    public Output<IReadOnlyList<string>> ApplicationNames { get; }
}
