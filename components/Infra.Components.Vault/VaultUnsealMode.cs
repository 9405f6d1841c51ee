namespace Infra.Components.Vault;

/// <summary>How Vault nodes unseal.</summary>
public enum VaultUnsealMode
{
    /// <summary>Shamir key shares entered by operators.</summary>
    Shamir,

    /// <summary>The transit secrets engine of another Vault.</summary>
    Transit,

    /// <summary>An AWS KMS key.</summary>
    AwsKms,

    /// <summary>A Google Cloud KMS key.</summary>
    GcpCkms,
}
