namespace Infra.Components.Ci.SupplyChain;

/// <summary>Commit the new image reference to a GitOps repository (Argo CD then syncs it).</summary>
/// <param name="RepositoryUrl">The GitOps repository.</param>
/// <param name="File">The file whose <c>image:</c> lines for the image's repository are rewritten.</param>
/// <param name="Branch">The branch pushed to.</param>
public sealed record GitOpsRepositoryUpdate(string RepositoryUrl, string File, string Branch = "main") : DeployTarget
{
    /// <summary>The Secret holding the push credentials (a <c>.git-credentials</c> key).</summary>
    public string CredentialsSecret { get; init; } = "gitops-credentials";
}
