namespace Infra.Components.Vault;

/// <summary>Arguments of a <see cref="VaultCluster"/>; every default is a production default.</summary>
public sealed record VaultClusterArgs
{
    /// <summary>The namespace the cluster runs in (must exist).</summary>
    public required string Namespace { get; init; }

    /// <summary>The number of integrated-storage (raft) nodes: odd, 1 to 7; at least 3 in production (default 3).</summary>
    public int Replicas { get; init; } = 3;

    /// <summary>The Vault image (default <c>hashicorp/vault:1.18.2</c>).</summary>
    public string Image { get; init; } = "hashicorp/vault:1.18.2";

    /// <summary>Each node's raft volume (default 10Gi on the default StorageClass; at least 1Gi).</summary>
    public StorageArgs Storage { get; init; } = new();

    /// <summary>Each node's CPU and memory.</summary>
    public ComputeArgs Compute { get; init; } = new() { CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi" };

    /// <summary>Serves the API and cluster traffic over TLS with certificates from the TLS provider (default true; required in production).</summary>
    public bool TlsEnabled { get; init; } = true;

    /// <summary>Marks the stack as production: TLS and an auto-unseal are required, at least 3 nodes, nodes on distinct hosts.</summary>
    public bool Production { get; init; }

    /// <summary>How the nodes unseal (default Shamir: operators unseal by hand).</summary>
    public VaultUnsealArgs Unseal { get; init; } = new();

    /// <summary>The file audit device (default on, on its own volume).</summary>
    public VaultAuditArgs Audit { get; init; } = new();

    /// <summary>Runs the Vault Agent injector (mutating webhook) (default false).</summary>
    public bool InjectorEnabled { get; init; }

    /// <summary>The injector image (default <c>hashicorp/vault-k8s:1.5.0</c>).</summary>
    public string InjectorImage { get; init; } = "hashicorp/vault-k8s:1.5.0";
}
