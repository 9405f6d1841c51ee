using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>Issues certificates from signing requests with a local CA (the <c>LocallySignedCert</c> resource).</summary>
public static class LocallySignedCertificate
{
    private const string SubjectKeyIdentifierOid = "2.5.29.14";

    /// <summary>
    /// Issues a certificate for the request's subject and public key, copying only its subject alternative
    /// names; usages, CA flag and validity come from <paramref name="args"/>. The request's signature is
    /// verified, and the CA key must match the CA certificate, which must be a CA allowed to sign certificates.
    /// </summary>
    /// <param name="args">The inputs.</param>
    /// <param name="now">The issue time (from the engine's TimeProvider).</param>
    /// <returns>The certificate, or every invalid field.</returns>
    public static TlsResult<CertificateResult> Create(LocallySignedCertArgs args, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new FieldErrors();
        var loadedKey = SigningKeyLoader.Load(args.CaPrivateKeyPem, "caPrivateKeyPem");
        errors.AddRange(loadedKey.Errors);
        using var caKey = loadedKey.Value;
        using var caCert = CertificateLoader.Load(args.CaCertPem, "caCertPem", errors);
        var uses = CertificateUses.Parse(args.AllowedUses, errors);
        CertificateValidity.Check(args.ValidityPeriodHours, args.EarlyRenewalHours, errors);
        if (caCert is not null)
        {
            CheckIssuer(caCert, caKey, errors);
        }

        var signingRequest = caKey is null ? null : SigningRequestLoader.Load(args.CertRequestPem, caKey.Hash, errors);
        if (errors.Any || caKey is null || caCert is null || signingRequest is null)
        {
            return errors.Fail<CertificateResult>();
        }

        var request = new CertificateRequest(signingRequest.SubjectName, signingRequest.PublicKey, caKey.Hash);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(args.IsCaCertificate, false, 0, critical: true));
        uses.AddTo(request);
        foreach (var extension in signingRequest.CertificateExtensions)
        {
            if (extension.Oid?.Value == SubjectAlternativeNames.ExtensionOid)
            {
                request.CertificateExtensions.Add(extension);
            }
        }

        if (args.SetSubjectKeyId)
        {
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        }

        if (caCert.Extensions[SubjectKeyIdentifierOid] is X509SubjectKeyIdentifierExtension caKeyId)
        {
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(caKeyId));
        }

        var (notBefore, notAfter) = CertificateValidity.Window(now, args.ValidityPeriodHours);
        using var certificate = request.Create(caCert.SubjectName, caKey.SignatureGenerator, notBefore, notAfter, SerialNumbers.Next());
        return TlsResult<CertificateResult>.Success(CertificateRenewal.Describe(certificate, args.EarlyRenewalHours, now));
    }

    /// <summary>The CA certificate must be a CA allowed to sign certificates, and the CA key must match it.</summary>
    internal static void CheckIssuer(X509Certificate2 caCert, SigningKey? caKey, FieldErrors errors)
    {
        if (caCert.Extensions["2.5.29.19"] is not X509BasicConstraintsExtension { CertificateAuthority: true })
        {
            errors.Add("caCertPem", "is not a CA certificate (basicConstraints CA is not true); issue it with isCaCertificate");
        }

        if (caCert.Extensions["2.5.29.15"] is X509KeyUsageExtension keyUsage
            && !keyUsage.KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign))
        {
            errors.Add("caCertPem", "does not allow cert_signing in its key usage");
        }

        if (caKey is not null
            && !caCert.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(caKey.ExportSubjectPublicKeyInfo()))
        {
            errors.Add("caPrivateKeyPem", "does not match the public key of caCertPem");
        }
    }
}
