namespace Infra.Vault;

/// <summary>Arguments of <see cref="TransitKey"/>.</summary>
public sealed class TransitKeyArgs : VaultResourceArgs
{
    /// <summary>The key name; changing it replaces the key.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The transit mount path (default <c>transit</c>).</summary>
    public Input<string>? Mount { get; init; }

    /// <summary>Key type, e.g. <c>aes256-gcm96</c> (default), <c>ed25519</c>, <c>rsa-4096</c>; changing it replaces the key.</summary>
    public Input<string>? Type { get; init; }

    /// <summary>Whether the key can be exported; changing it replaces the key.</summary>
    public Input<bool>? Exportable { get; init; }

    /// <summary>Whether Vault allows deleting the key outside Infra (Infra deletes it regardless).</summary>
    public Input<bool>? DeletionAllowed { get; init; }

    /// <summary>The oldest key version that may decrypt.</summary>
    public Input<int>? MinDecryptionVersion { get; init; }

    /// <summary>Rotate automatically at this interval (0 = off, else at least 3600).</summary>
    public Input<int>? AutoRotatePeriodSeconds { get; init; }

    /// <summary>Rotate until the latest key version is at least this number.</summary>
    public Input<int>? RotateToVersion { get; init; }
}
