using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls.Tests.Certificates;

/// <summary>Builds a CA and a leaf through the public API, as a user's program would.</summary>
internal static class Pki
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    internal static readonly string[] CaUses = ["cert_signing", "crl_signing", "digital_signature"];

    internal static readonly string[] ServerUses = ["digital_signature", "key_encipherment", "server_auth", "client_auth"];

    internal static CertificateResult CreateCa(PrivateKeyResult key, int hours = 87_600, string commonName = "Infra Test Root CA") =>
        Ok(SelfSignedCertificate.Create(
            new SelfSignedCertArgs(key.PrivateKeyPem, new CertSubject(CommonName: commonName, Organization: "Infra", Country: "NL"), hours, CaUses)
            {
                IsCaCertificate = true,
            },
            Now));

    internal static CertRequestResult CreateRequest(PrivateKeyResult key) =>
        Ok(CertificateRequestGenerator.Create(new CertRequestArgs(key.PrivateKeyPem, new CertSubject(CommonName: "api.example.test"))
        {
            DnsNames = ["api.example.test", "*.api.example.test"],
            IpAddresses = ["10.1.2.3", "::1"],
            Uris = ["spiffe://example.test/api"],
        }));

    internal static CertificateResult Sign(CertRequestResult request, CertificateResult ca, PrivateKeyResult caKey, int hours = 720, int earlyRenewalHours = 0) =>
        Ok(LocallySignedCertificate.Create(
            new LocallySignedCertArgs(request.CertRequestPem, ca.CertPem, caKey.PrivateKeyPem, hours, ServerUses) { EarlyRenewalHours = earlyRenewalHours },
            Now));

    internal static X509Certificate2 Load(CertificateResult result) => X509Certificate2.CreateFromPem(result.CertPem);

    internal static T Ok<T>(TlsResult<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value!;
    }
}
