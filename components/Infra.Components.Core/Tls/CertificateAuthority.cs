using Infra.Tls;

namespace Infra.Components;

/// <summary>A CA made with the TLS provider: an ECDSA P-256 key (secret) and a self-signed CA certificate.</summary>
public sealed class CertificateAuthority : ComponentResource
{
    /// <summary>Creates the CA's key and certificate.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="commonName">The CA certificate's common name.</param>
    /// <param name="validityHours">The CA certificate's lifetime in hours (default ten years).</param>
    /// <param name="options">Resource options.</param>
    public CertificateAuthority(string name, string commonName, int validityHours = 87600, ResourceOptions? options = null)
        : base("infra:components:CertificateAuthority", name, options)
    {
        var child = new ResourceOptions { Parent = this };
        var key = new PrivateKey($"{name}-key", new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = "P256" }, child);
        var cert = new SelfSignedCert($"{name}-cert", new SelfSignedCertArgs
        {
            PrivateKeyPem = key.PrivateKeyPem,
            Subject = new CertSubjectArgs { CommonName = commonName, Organization = "Infra" },
            ValidityPeriodHours = validityHours,
            EarlyRenewalHours = 24 * 90,
            IsCaCertificate = true,
            AllowedUses = ["cert_signing", "crl_signing", "digital_signature"],
        }, child);
        CertPem = cert.CertPem;
        PrivateKeyPem = key.PrivateKeyPem;
        RegisterOutputs(new Dictionary<string, object?> { ["certPem"] = CertPem });
    }

    /// <summary>The CA certificate as PEM.</summary>
    public Output<string> CertPem { get; }

    /// <summary>The CA's private key as PEM (secret).</summary>
    public Output<string> PrivateKeyPem { get; }
}
