namespace Infra.Vault;

/// <summary>Arguments of <see cref="PkiRootCert"/>; every change replaces the CA.</summary>
public sealed class PkiRootCertArgs : VaultResourceArgs
{
    /// <summary>The pki mount path, e.g. <c>pki</c>.</summary>
    public required Input<string> Mount { get; init; }

    /// <summary>The CA's common name.</summary>
    public required Input<string> CommonName { get; init; }

    /// <summary>The subject's organization (O).</summary>
    public Input<string>? Organization { get; init; }

    /// <summary>A name for the issuer inside the mount (usable as a role's <c>IssuerRef</c>).</summary>
    public Input<string>? IssuerName { get; init; }

    /// <summary><c>rsa</c>, <c>ec</c> (default) or <c>ed25519</c>.</summary>
    public Input<string>? KeyType { get; init; }

    /// <summary>Key size (e.g. 2048 for rsa, 256 for ec); Vault's default when unset.</summary>
    public Input<int>? KeyBits { get; init; }

    /// <summary>Validity in seconds; the mount's maximum lease TTL when unset.</summary>
    public Input<int>? TtlSeconds { get; init; }
}
