namespace Infra.Components.Vault;

/// <summary>The seal stanza of a <see cref="VaultCluster"/>: the fields of the chosen <see cref="Mode"/> are required.</summary>
public sealed record VaultUnsealArgs
{
    /// <summary>The unseal mechanism (default <see cref="VaultUnsealMode.Shamir"/>).</summary>
    public VaultUnsealMode Mode { get; init; } = VaultUnsealMode.Shamir;

    /// <summary>Transit: the address of the Vault holding the key.</summary>
    public string? TransitAddress { get; init; }

    /// <summary>Transit: the key name.</summary>
    public string? TransitKeyName { get; init; }

    /// <summary>Transit: the mount path of the transit engine (default <c>transit/</c>).</summary>
    public string TransitMountPath { get; init; } = "transit/";

    /// <summary>Transit: the Secret (reference only) whose <c>token</c> key authenticates to the transit Vault.</summary>
    public string? TransitTokenSecretName { get; init; }

    /// <summary>AWS KMS: the region.</summary>
    public string? AwsRegion { get; init; }

    /// <summary>AWS KMS: the key ID or alias (credentials come from the pod's IAM role).</summary>
    public string? AwsKmsKeyId { get; init; }

    /// <summary>Google Cloud KMS: the project.</summary>
    public string? GcpProject { get; init; }

    /// <summary>Google Cloud KMS: the region (e.g. <c>global</c>).</summary>
    public string? GcpRegion { get; init; }

    /// <summary>Google Cloud KMS: the key ring.</summary>
    public string? GcpKeyRing { get; init; }

    /// <summary>Google Cloud KMS: the crypto key (credentials come from workload identity).</summary>
    public string? GcpCryptoKey { get; init; }
}
