namespace Infra.Components.Ci.SupplyChain;

/// <summary>Ask Argo CD to sync an Application and wait until it is healthy.</summary>
/// <param name="Application">The Application name.</param>
/// <param name="Server">The Argo CD API server (host:port).</param>
public sealed record ArgoCdSync(string Application, string Server = "argocd-server.argocd.svc:443") : DeployTarget
{
    /// <summary>The Secret holding an Argo CD API token under key <c>token</c>.</summary>
    public string TokenSecret { get; init; } = "argocd-token";
}
