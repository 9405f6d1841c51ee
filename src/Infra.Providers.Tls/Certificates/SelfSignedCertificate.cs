using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>Issues self-signed certificates (the <c>SelfSignedCert</c> resource).</summary>
public static class SelfSignedCertificate
{
    /// <summary>Issues a certificate whose subject and issuer are <see cref="SelfSignedCertArgs.Subject"/>, valid from <paramref name="now"/>.</summary>
    /// <param name="args">The inputs.</param>
    /// <param name="now">The issue time (from the engine's TimeProvider).</param>
    /// <returns>The certificate, or every invalid field.</returns>
    public static TlsResult<CertificateResult> Create(SelfSignedCertArgs args, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new FieldErrors();
        var loaded = SigningKeyLoader.Load(args.PrivateKeyPem, "privateKeyPem");
        errors.AddRange(loaded.Errors);
        var subject = SubjectNameBuilder.Build(args.Subject, errors);
        var uses = CertificateUses.Parse(args.AllowedUses, errors);
        CertificateValidity.Check(args.ValidityPeriodHours, args.EarlyRenewalHours, errors);
        var emptySubject = subject is not null && SubjectNameBuilder.IsEmpty(subject);
        var san = SubjectAlternativeNames.Build(args.DnsNames, args.IpAddresses, args.Uris, critical: emptySubject, errors);
        if (emptySubject && !SubjectAlternativeNames.Any(args.DnsNames, args.IpAddresses, args.Uris))
        {
            errors.Add("subject", "is empty; give a subject field or at least one of dnsNames, ipAddresses or uris");
        }

        using var key = loaded.Value;
        if (errors.Any || key is null || subject is null)
        {
            return errors.Fail<CertificateResult>();
        }

        var request = new CertificateRequest(subject, key.PublicKey, key.Hash);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(args.IsCaCertificate, false, 0, critical: true));
        uses.AddTo(request);
        if (san is not null)
        {
            request.CertificateExtensions.Add(san);
        }

        var subjectKeyId = new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false);
        if (args.SetSubjectKeyId)
        {
            request.CertificateExtensions.Add(subjectKeyId);
        }

        if (args.SetAuthorityKeyId)
        {
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(subjectKeyId));
        }

        var (notBefore, notAfter) = CertificateValidity.Window(now, args.ValidityPeriodHours);
        var serial = SerialNumbers.Next();
        using var certificate = request.Create(subject, key.SignatureGenerator, notBefore, notAfter, serial);
        return TlsResult<CertificateResult>.Success(CertificateRenewal.Describe(certificate, args.EarlyRenewalHours, now));
    }
}
