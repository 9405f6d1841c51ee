namespace Infra.Providers.Tls;

/// <summary>An issued certificate.</summary>
/// <param name="CertPem">The certificate as PEM (<c>-----BEGIN CERTIFICATE-----</c>).</param>
/// <param name="SerialNumber">The serial number as upper-case hex.</param>
/// <param name="ValidityStart">notBefore.</param>
/// <param name="ValidityEnd">notAfter.</param>
/// <param name="ReadyForRenewal">True when, at issue time, the certificate is already inside its early-renewal window.</param>
public sealed record CertificateResult(
    string CertPem, string SerialNumber, DateTimeOffset ValidityStart, DateTimeOffset ValidityEnd, bool ReadyForRenewal);
