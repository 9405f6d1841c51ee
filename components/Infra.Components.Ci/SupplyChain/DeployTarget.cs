using System.Text.Json.Serialization;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>How the signed image reaches the cluster: <see cref="GitOpsRepositoryUpdate"/> or <see cref="ArgoCdSync"/>.</summary>
/// <remarks>In stack config (JSON/YAML) the variant is chosen by <c>"type": "gitops"</c> or <c>"type": "argocd"</c>.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(GitOpsRepositoryUpdate), "gitops")]
[JsonDerivedType(typeof(ArgoCdSync), "argocd")]
public abstract record DeployTarget;
