using Infra.Tls;

namespace Infra.Components;

/// <summary>A leaf certificate for a cluster's members, signed by a <see cref="CertificateAuthority"/>.</summary>
public sealed class IssuedCertificate : ComponentResource
{
    /// <summary>Creates a key, a signing request and the signed certificate.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="ca">The issuing CA.</param>
    /// <param name="commonName">The certificate's common name.</param>
    /// <param name="dnsNames">DNS subject alternative names.</param>
    /// <param name="uses">Key usages; default server and client authentication.</param>
    /// <param name="validityHours">Lifetime in hours (default one year, renewed in its last 30 days).</param>
    /// <param name="options">Resource options.</param>
    public IssuedCertificate(
        string name,
        CertificateAuthority ca,
        string commonName,
        IReadOnlyList<string> dnsNames,
        IReadOnlyList<string>? uses = null,
        int validityHours = 8760,
        ResourceOptions? options = null)
        : base("infra:components:IssuedCertificate", name, options)
    {
        var child = new ResourceOptions { Parent = this };
        var key = new PrivateKey($"{name}-key", new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = "P256" }, child);
        var request = new CertRequest($"{name}-csr", new CertRequestArgs
        {
            PrivateKeyPem = key.PrivateKeyPem,
            Subject = new CertSubjectArgs { CommonName = commonName, Organization = "Infra" },
            DnsNames = dnsNames.ToArray(),
            IpAddresses = ["127.0.0.1"],
        }, child);
        var cert = new LocallySignedCert($"{name}-cert", new LocallySignedCertArgs
        {
            CertRequestPem = request.CertRequestPem,
            CaCertPem = ca.CertPem,
            CaPrivateKeyPem = ca.PrivateKeyPem,
            ValidityPeriodHours = validityHours,
            EarlyRenewalHours = 24 * 30,
            AllowedUses = (uses ?? ["digital_signature", "key_encipherment", "server_auth", "client_auth"]).ToArray(),
        }, child);
        CertPem = cert.CertPem;
        PrivateKeyPem = key.PrivateKeyPem;
        CaCertPem = ca.CertPem;
        RegisterOutputs(new Dictionary<string, object?> { ["certPem"] = CertPem });
    }

    /// <summary>The certificate as PEM.</summary>
    public Output<string> CertPem { get; }

    /// <summary>The certificate's private key as PEM (secret).</summary>
    public Output<string> PrivateKeyPem { get; }

    /// <summary>The issuing CA's certificate as PEM.</summary>
    public Output<string> CaCertPem { get; }
}
