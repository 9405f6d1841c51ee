namespace Infra.Tls;

/// <summary>Arguments of <see cref="LocallySignedCert"/>.</summary>
public sealed class LocallySignedCertArgs : ResourceArgs
{
    /// <summary>The signing request, e.g. <see cref="CertRequest.CertRequestPem"/>; its subject, key and alternative names are certified.</summary>
    public required Input<string> CertRequestPem { get; init; }

    /// <summary>The issuing CA's certificate, e.g. <see cref="SelfSignedCert.CertPem"/>.</summary>
    public required Input<string> CaCertPem { get; init; }

    /// <summary>The issuing CA's private key; must match <see cref="CaCertPem"/>. Stored as a secret.</summary>
    public required Input<string> CaPrivateKeyPem { get; init; }

    /// <summary>Hours from issue to expiry (1 to 876000).</summary>
    public required Input<int> ValidityPeriodHours { get; init; }

    /// <summary>Key usages and extended key usages, e.g. <c>digital_signature</c>, <c>server_auth</c>.</summary>
    public required InputList<string> AllowedUses { get; init; }

    /// <summary>Marks the issued certificate as an intermediate CA (default false).</summary>
    public Input<bool>? IsCaCertificate { get; init; }

    /// <summary>Hours before expiry from which the next update replaces the certificate (default 0: at expiry). Changing it does not reissue.</summary>
    public Input<int>? EarlyRenewalHours { get; init; }

    /// <summary>Adds a subjectKeyIdentifier (default true).</summary>
    public Input<bool>? SetSubjectKeyId { get; init; }
}
