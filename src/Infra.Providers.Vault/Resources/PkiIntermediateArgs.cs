namespace Infra.Vault;

/// <summary>Arguments of <see cref="PkiIntermediate"/>; every change replaces the CA.</summary>
public sealed class PkiIntermediateArgs : VaultResourceArgs
{
    /// <summary>The pki mount that holds the intermediate, e.g. <c>pki-int</c>.</summary>
    public required Input<string> Mount { get; init; }

    /// <summary>The pki mount whose root signs the intermediate (another mount than <see cref="Mount"/>).</summary>
    public required Input<string> SignerMount { get; init; }

    /// <summary>The signer's issuer (name or ID, e.g. a root's <c>IssuerId</c>); the signer's default issuer when unset. Passing the root's ID makes a new root replace the intermediate too.</summary>
    public Input<string>? SignerIssuerRef { get; init; }

    /// <summary>The intermediate's common name.</summary>
    public required Input<string> CommonName { get; init; }

    /// <summary>The subject's organization (O).</summary>
    public Input<string>? Organization { get; init; }

    /// <summary>A name for the issuer inside the mount (usable as a role's <c>IssuerRef</c>).</summary>
    public Input<string>? IssuerName { get; init; }

    /// <summary><c>rsa</c>, <c>ec</c> (default) or <c>ed25519</c>.</summary>
    public Input<string>? KeyType { get; init; }

    /// <summary>Key size; Vault's default when unset.</summary>
    public Input<int>? KeyBits { get; init; }

    /// <summary>Validity in seconds; the signer's maximum lease TTL when unset.</summary>
    public Input<int>? TtlSeconds { get; init; }
}
