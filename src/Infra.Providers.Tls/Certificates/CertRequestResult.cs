namespace Infra.Providers.Tls;

/// <summary>A certificate signing request.</summary>
/// <param name="CertRequestPem">The PKCS#10 request as PEM (<c>-----BEGIN CERTIFICATE REQUEST-----</c>).</param>
/// <param name="KeyAlgorithm">The algorithm of the key that signed it.</param>
public sealed record CertRequestResult(string CertRequestPem, KeyAlgorithm KeyAlgorithm);
