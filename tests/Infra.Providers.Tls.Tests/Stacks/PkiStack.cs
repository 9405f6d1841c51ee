namespace Infra.Tls.Tests.Stacks;

/// <summary>A CA key and self-signed CA, a leaf key, its signing request and the leaf certificate the CA issues.</summary>
public sealed class PkiStack : Stack
{
    internal const int LeafValidityHours = 720;
    internal const int LeafEarlyRenewalHours = 48;

    public PkiStack()
    {
        var caKey = new PrivateKey("ca-key", new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = "P384" });
        var ca = new SelfSignedCert("ca", new SelfSignedCertArgs
        {
            PrivateKeyPem = caKey.PrivateKeyPem,
            Subject = new CertSubjectArgs { CommonName = "Infra Test Root CA", Organization = "Infra", Country = "NL" },
            ValidityPeriodHours = 87_600,
            AllowedUses = new[] { "cert_signing", "crl_signing", "digital_signature" },
            IsCaCertificate = true,
        });
        var leafKey = new PrivateKey("leaf-key", new PrivateKeyArgs { Algorithm = "RSA", RsaBits = 2048 });
        var request = new CertRequest("leaf-csr", new CertRequestArgs
        {
            PrivateKeyPem = leafKey.PrivateKeyPem,
            Subject = new CertSubjectArgs { CommonName = "api.example.test" },
            DnsNames = new[] { "api.example.test" },
            IpAddresses = new[] { "127.0.0.1" },
        });
        var leaf = new LocallySignedCert("leaf", new LocallySignedCertArgs
        {
            CertRequestPem = request.CertRequestPem,
            CaCertPem = ca.CertPem,
            CaPrivateKeyPem = caKey.PrivateKeyPem,
            ValidityPeriodHours = LeafValidityHours,
            EarlyRenewalHours = LeafEarlyRenewalHours,
            AllowedUses = new[] { "digital_signature", "key_encipherment", "server_auth" },
        });
        CaCertPem = ca.CertPem;
        LeafCertPem = leaf.CertPem;
        LeafKeyPem = leafKey.PrivateKeyPem;
        LeafValidityStart = leaf.ValidityStartTime;
    }

    [Output]
    public Output<string> CaCertPem { get; }

    [Output]
    public Output<string> LeafCertPem { get; }

    [Output]
    public Output<string> LeafKeyPem { get; }

    [Output]
    public Output<string> LeafValidityStart { get; }
}
