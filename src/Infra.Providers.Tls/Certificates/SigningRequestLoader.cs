using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Pkcs;

namespace Infra.Providers.Tls;

/// <summary>
/// Reads a PKCS#10 request. The signature is checked with BouncyCastle, which also knows Ed25519; .NET then
/// parses the request's contents without re-checking.
/// </summary>
internal static class SigningRequestLoader
{
    private const string Field = "certRequestPem";

    internal static CertificateRequest? Load(string? pem, HashAlgorithmName signingHash, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            errors.Add(Field, "is required");
            return null;
        }

        if (!PemEncoding.TryFind(pem, out var fields) || pem[fields.Label] is not ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST"))
        {
            errors.Add(Field, "is not a PEM certificate request (expected -----BEGIN CERTIFICATE REQUEST-----)");
            return null;
        }

        try
        {
            var der = Convert.FromBase64String(pem[fields.Base64Data]);
            if (!new Pkcs10CertificationRequest(der).Verify())
            {
                errors.Add(Field, "has a signature that does not match its public key");
                return null;
            }

            return CertificateRequest.LoadSigningRequest(
                der,
                signingHash,
                CertificateRequestLoadOptions.SkipSignatureValidation | CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException
                                       or Org.BouncyCastle.Security.SecurityUtilityException or InvalidOperationException
                                       or Org.BouncyCastle.Crypto.CryptoException or IOException)
        {
            errors.Add(Field, "is not a readable PKCS#10 certificate request");
            return null;
        }
    }
}
