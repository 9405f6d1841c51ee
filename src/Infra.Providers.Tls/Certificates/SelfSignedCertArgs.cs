namespace Infra.Providers.Tls;

/// <summary>Inputs of a self-signed certificate (typically a CA).</summary>
/// <param name="PrivateKeyPem">The key that is both subject and signer (secret).</param>
/// <param name="Subject">The subject (and issuer) name.</param>
/// <param name="ValidityPeriodHours">Hours from issue to expiry.</param>
/// <param name="AllowedUses">Key usages and extended key usages, e.g. <c>cert_signing</c>, <c>server_auth</c>.</param>
public sealed record SelfSignedCertArgs(string PrivateKeyPem, CertSubject Subject, int ValidityPeriodHours, IReadOnlyList<string> AllowedUses)
{
    /// <summary>DNS subject alternative names (a leading <c>*.</c> wildcard is allowed).</summary>
    public IReadOnlyList<string> DnsNames { get; init; } = [];

    /// <summary>IP address subject alternative names (IPv4 dotted quad or IPv6).</summary>
    public IReadOnlyList<string> IpAddresses { get; init; } = [];

    /// <summary>URI subject alternative names.</summary>
    public IReadOnlyList<string> Uris { get; init; } = [];

    /// <summary>Marks the certificate as a CA (basicConstraints CA=true, critical).</summary>
    public bool IsCaCertificate { get; init; }

    /// <summary>Hours before expiry from which the certificate reports itself ready for renewal.</summary>
    public int EarlyRenewalHours { get; init; }

    /// <summary>Adds a subjectKeyIdentifier (SHA-1 of the public key).</summary>
    public bool SetSubjectKeyId { get; init; } = true;

    /// <summary>Adds an authorityKeyIdentifier equal to the subject key identifier.</summary>
    public bool SetAuthorityKeyId { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"SelfSignedCertArgs {{ Subject = {Subject}, ValidityPeriodHours = {ValidityPeriodHours}, PrivateKeyPem = [secret] }}";
}
