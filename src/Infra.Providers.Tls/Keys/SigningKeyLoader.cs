using System.Formats.Asn1;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Infra.Providers.Tls;

/// <summary>Reads a private key PEM into a <see cref="SigningKey"/>; problems are reported against a field name.</summary>
internal static class SigningKeyLoader
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";
    private const string Ed25519Oid = "1.3.101.112";

    internal static TlsResult<SigningKey> Load(string? pem, string field)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return Fail(field, "is required");
        }

        if (!PemEncoding.TryFind(pem, out var fields))
        {
            return Fail(field, "is not PEM (expected -----BEGIN PRIVATE KEY-----)");
        }

        var label = pem[fields.Label];
        var der = new byte[fields.DecodedDataLength];
        try
        {
            if (!Convert.TryFromBase64Chars(pem.AsSpan()[fields.Base64Data], der, out _))
            {
                return Fail(field, "has invalid base64 content");
            }

            return label switch
            {
                "PRIVATE KEY" => LoadPkcs8(der, field),
                "RSA PRIVATE KEY" => LoadRsa(rsa => rsa.ImportRSAPrivateKey(der, out _), field),
                "EC PRIVATE KEY" => LoadEc(ec => ec.ImportECPrivateKey(der, out _), field),
                "ENCRYPTED PRIVATE KEY" => Fail(field, "is encrypted; provide an unencrypted PKCS#8 key"),
                _ => Fail(field, $"has PEM label '{label}'; expected PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY"),
            };
        }
        catch (Exception ex) when (ex is CryptographicException or AsnContentException or ArgumentException or InvalidCastException)
        {
            return Fail(field, "is not a readable private key");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    private static TlsResult<SigningKey> LoadPkcs8(byte[] der, string field)
    {
        var algorithmOid = ReadPkcs8AlgorithmOid(der);
        return algorithmOid switch
        {
            RsaOid => LoadRsa(rsa => rsa.ImportPkcs8PrivateKey(der, out _), field),
            EcOid => LoadEc(ec => ec.ImportPkcs8PrivateKey(der, out _), field),
            Ed25519Oid => TlsResult<SigningKey>.Success(new Ed25519SigningKey((Ed25519PrivateKeyParameters)PrivateKeyFactory.CreateKey(der))),
            _ => Fail(field, $"uses key algorithm {algorithmOid}; supported are RSA, ECDSA (P256/P384/P521) and Ed25519"),
        };
    }

    private static TlsResult<SigningKey> LoadRsa(Action<RSA> import, string field)
    {
        var rsa = RSA.Create();
        import(rsa);
        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            return Fail(field, $"is a {rsa.KeySize}-bit RSA key; at least 2048 bits are required");
        }

        return TlsResult<SigningKey>.Success(new RsaSigningKey(rsa));
    }

    private static TlsResult<SigningKey> LoadEc(Action<ECDsa> import, string field)
    {
        var ecdsa = ECDsa.Create();
        import(ecdsa);
        var oid = ecdsa.ExportParameters(includePrivateParameters: false).Curve.Oid;
        var curve = EcdsaCurveInfo.ByOid(oid?.Value);
        if (curve is null)
        {
            ecdsa.Dispose();
            return Fail(field, $"uses curve {oid?.FriendlyName ?? oid?.Value ?? "(unnamed)"}; supported are P256, P384 and P521");
        }

        return TlsResult<SigningKey>.Success(new EcdsaSigningKey(ecdsa, curve));
    }

    /// <summary>Reads PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier { OID, … }, … } (RFC 5208/5958).</summary>
    private static string ReadPkcs8AlgorithmOid(byte[] der)
    {
        var info = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        _ = info.ReadInteger();
        return info.ReadSequence().ReadObjectIdentifier();
    }

    private static TlsResult<SigningKey> Fail(string field, string problem) =>
        TlsResult<SigningKey>.Failure(field, $"{field} {problem}");
}
