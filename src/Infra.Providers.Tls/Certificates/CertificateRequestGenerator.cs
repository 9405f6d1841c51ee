using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>Creates PKCS#10 certificate signing requests (the <c>CertRequest</c> resource).</summary>
public static class CertificateRequestGenerator
{
    /// <summary>Creates a request for <see cref="CertRequestArgs.Subject"/> and its alternative names, signed by its key.</summary>
    /// <returns>The request PEM, or every invalid field.</returns>
    public static TlsResult<CertRequestResult> Create(CertRequestArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new FieldErrors();
        var loaded = SigningKeyLoader.Load(args.PrivateKeyPem, "privateKeyPem");
        errors.AddRange(loaded.Errors);
        var subject = SubjectNameBuilder.Build(args.Subject, errors);
        var emptySubject = subject is not null && SubjectNameBuilder.IsEmpty(subject);
        var san = SubjectAlternativeNames.Build(args.DnsNames, args.IpAddresses, args.Uris, critical: emptySubject, errors);
        if (emptySubject && !SubjectAlternativeNames.Any(args.DnsNames, args.IpAddresses, args.Uris))
        {
            errors.Add("subject", "is empty; give a subject field or at least one of dnsNames, ipAddresses or uris");
        }

        using var key = loaded.Value;
        if (errors.Any || key is null || subject is null)
        {
            return errors.Fail<CertRequestResult>();
        }

        var request = new CertificateRequest(subject, key.PublicKey, key.Hash);
        if (san is not null)
        {
            request.CertificateExtensions.Add(san);
        }

        var pem = request.CreateSigningRequestPem(key.SignatureGenerator) + "\n";
        return TlsResult<CertRequestResult>.Success(new CertRequestResult(pem, key.Algorithm));
    }
}
