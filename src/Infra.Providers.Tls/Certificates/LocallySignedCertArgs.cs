namespace Infra.Providers.Tls;

/// <summary>Inputs of a certificate issued by a local CA from a signing request.</summary>
/// <param name="CertRequestPem">The PKCS#10 request; its subject, public key and subject alternative names are used.</param>
/// <param name="CaCertPem">The issuing CA's certificate.</param>
/// <param name="CaPrivateKeyPem">The issuing CA's private key (secret); must match <paramref name="CaCertPem"/>.</param>
/// <param name="ValidityPeriodHours">Hours from issue to expiry.</param>
/// <param name="AllowedUses">Key usages and extended key usages, e.g. <c>digital_signature</c>, <c>server_auth</c>.</param>
public sealed record LocallySignedCertArgs(
    string CertRequestPem, string CaCertPem, string CaPrivateKeyPem, int ValidityPeriodHours, IReadOnlyList<string> AllowedUses)
{
    /// <summary>Marks the issued certificate as an (intermediate) CA.</summary>
    public bool IsCaCertificate { get; init; }

    /// <summary>Hours before expiry from which the certificate reports itself ready for renewal.</summary>
    public int EarlyRenewalHours { get; init; }

    /// <summary>Adds a subjectKeyIdentifier (SHA-1 of the public key).</summary>
    public bool SetSubjectKeyId { get; init; } = true;

    /// <inheritdoc />
    public override string ToString() => $"LocallySignedCertArgs {{ ValidityPeriodHours = {ValidityPeriodHours}, CaPrivateKeyPem = [secret] }}";
}
