namespace Infra.Components.Vault;

/// <summary>Arguments of <see cref="VaultBaseline"/>.</summary>
public sealed record VaultBaselineArgs
{
    /// <summary>The Vault API address (e.g. a <see cref="VaultCluster"/>'s <c>Endpoint</c>).</summary>
    public required Input<string> Address { get; init; }

    /// <summary>The CA certificate (PEM) Vault's listener chains to; empty trusts the system store.</summary>
    public Input<string>? CaCertPem { get; init; }

    /// <summary>The token to configure Vault with; the stack's <c>vault:token</c> when unset.</summary>
    public Input<string>? Token { get; init; }

    /// <summary>False keeps every resource pending (in plans and state, no Vault call) until Vault is reachable.</summary>
    public Input<bool>? Apply { get; init; }

    /// <summary>The Kubernetes API as Vault's pods see it, for the kubernetes auth method.</summary>
    public string KubernetesHost { get; init; } = "https://kubernetes.default.svc";

    /// <summary>The domain certificates may be issued under (subdomains allowed).</summary>
    public string CertificateDomain { get; init; } = "svc.cluster.local";

    /// <summary>The organization in the CA subjects.</summary>
    public string Organization { get; init; } = "Platform";

    /// <summary>The workloads that get Kubernetes logins and policies.</summary>
    public IReadOnlyList<VaultWorkloadAccess> Workloads { get; init; } = [];
}
