using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>Reads a certificate PEM, reporting problems against a field name.</summary>
internal static class CertificateLoader
{
    internal static X509Certificate2? Load(string? pem, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            errors.Add(field, "is required");
            return null;
        }

        if (!PemEncoding.TryFind(pem, out var fields) || pem[fields.Label] != "CERTIFICATE")
        {
            errors.Add(field, "is not a PEM certificate (expected -----BEGIN CERTIFICATE-----)");
            return null;
        }

        try
        {
            return X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            errors.Add(field, "is not a readable X.509 certificate");
            return null;
        }
    }
}
