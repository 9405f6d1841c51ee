namespace Infra.Components.Vault;

/// <summary>
/// A workload that logs in to Vault with its Kubernetes service account and gets only what it needs: read access to
/// <c>{kvMount}/data/{Name}/*</c>, and optionally its own transit key and certificates from the intermediate CA.
/// </summary>
/// <param name="Name">The workload (an RFC 1123 label): the policy, auth role, KV folder and transit key name.</param>
/// <param name="Namespace">The Kubernetes namespace of its pods.</param>
/// <param name="ServiceAccount">The pods' service account.</param>
public sealed record VaultWorkloadAccess(string Name, string Namespace, string ServiceAccount)
{
    /// <summary>Gives the workload a transit key of its own (encrypt/decrypt only).</summary>
    public bool TransitKey { get; init; }

    /// <summary>Lets the workload issue certificates from the baseline's PKI role.</summary>
    public bool IssueCertificates { get; init; }

    /// <summary>Token TTL in seconds.</summary>
    public int TokenTtlSeconds { get; init; } = 3600;
}
