namespace Infra.Tls;

/// <summary>Arguments of <see cref="SelfSignedCert"/>.</summary>
public sealed class SelfSignedCertArgs : ResourceArgs
{
    /// <summary>The key that is both subject and signer, e.g. <see cref="PrivateKey.PrivateKeyPem"/>. Stored as a secret.</summary>
    public required Input<string> PrivateKeyPem { get; init; }

    /// <summary>The subject (and issuer) name.</summary>
    public CertSubjectArgs? Subject { get; init; }

    /// <summary>Hours from issue to expiry (1 to 876000).</summary>
    public required Input<int> ValidityPeriodHours { get; init; }

    /// <summary>Key usages and extended key usages, e.g. <c>cert_signing</c>, <c>digital_signature</c>, <c>server_auth</c>.</summary>
    public required InputList<string> AllowedUses { get; init; }

    /// <summary>DNS subject alternative names (a leading <c>*.</c> wildcard is allowed).</summary>
    public InputList<string>? DnsNames { get; init; }

    /// <summary>IP address subject alternative names.</summary>
    public InputList<string>? IpAddresses { get; init; }

    /// <summary>URI subject alternative names.</summary>
    public InputList<string>? Uris { get; init; }

    /// <summary>Marks the certificate as a CA (default false).</summary>
    public Input<bool>? IsCaCertificate { get; init; }

    /// <summary>Hours before expiry from which the next update replaces the certificate (default 0: at expiry). Changing it does not reissue.</summary>
    public Input<int>? EarlyRenewalHours { get; init; }

    /// <summary>Adds a subjectKeyIdentifier (default true).</summary>
    public Input<bool>? SetSubjectKeyId { get; init; }

    /// <summary>Adds an authorityKeyIdentifier equal to the subject key identifier (default false).</summary>
    public Input<bool>? SetAuthorityKeyId { get; init; }
}
