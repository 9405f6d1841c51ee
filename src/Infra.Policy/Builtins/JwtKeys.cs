using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Loads JWT verification/signing keys from PEM certificates, PEM public keys, JWKs and JWK sets.</summary>
internal static class JwtKeys
{
    /// <summary>Public keys (RSA or ECDSA) usable to verify a signature.</summary>
    public static List<AsymmetricAlgorithm> PublicKeys(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            var end = trimmed.IndexOf("-----END CERTIFICATE-----", StringComparison.Ordinal);
            if (end < 0) throw BuiltinException.Error("failed to parse a PEM certificate");
            var rest = trimmed[(end + "-----END CERTIFICATE-----".Length)..].Trim();
            if (rest.Length > 0) throw BuiltinException.Error("extra data after a PEM certificate block");
            X509Certificate2 cert;
            try
            {
                cert = X509Certificate2.CreateFromPem(trimmed);
            }
            catch (CryptographicException)
            {
                throw BuiltinException.Error("failed to parse a PEM certificate");
            }
            AsymmetricAlgorithm? key = (AsymmetricAlgorithm?)cert.GetRSAPublicKey() ?? cert.GetECDsaPublicKey();
            return key is null ? throw BuiltinException.Error("failed to extract a Key from the PEM certificate") : [key];
        }
        if (trimmed.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            if (!trimmed.StartsWith("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal) && !trimmed.StartsWith("-----BEGIN RSA PUBLIC KEY-----", StringComparison.Ordinal))
                throw BuiltinException.Error("failed to extract a Key from the PEM certificate");
            try
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(trimmed);
                return [rsa];
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException)
            {
                try
                {
                    var ec = ECDsa.Create();
                    ec.ImportFromPem(trimmed);
                    return [ec];
                }
                catch (Exception ex2) when (ex2 is CryptographicException or ArgumentException)
                {
                    throw BuiltinException.Error("failed to extract a Key from the PEM certificate");
                }
            }
        }
        var jwk = JsonConvert.TryParse(trimmed) as ObjectValue ?? throw BuiltinException.Error("failed to parse a JWK key (set)");
        var keys = jwk.Get("keys") is ArrayValue set ? set.Items.OfType<ObjectValue>().ToList() : [jwk];
        var result = keys.Select(k => FromJwk(k, requirePrivate: false)).OfType<AsymmetricAlgorithm>().ToList();
        return result.Count == 0 ? throw BuiltinException.Error("failed to parse a JWK key (set)") : result;
    }

    private const string Ed25519Oid = "1.3.101.112";

    /// <summary>Raw 32-byte Ed25519 public keys from a PEM public key, certificate, JWK or JWK set.</summary>
    public static List<byte[]> Ed25519PublicKeys(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            try
            {
                var cert = X509Certificate2.CreateFromPem(trimmed);
                return cert.PublicKey.Oid.Value == Ed25519Oid ? [cert.PublicKey.EncodedKeyValue.RawData] : [];
            }
            catch (CryptographicException)
            {
                throw BuiltinException.Error("failed to parse a PEM certificate");
            }
        }
        if (trimmed.StartsWith("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal))
        {
            try
            {
                var der = Convert.FromBase64String(string.Concat(trimmed.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)).Select(l => l.Trim())));
                var spki = new System.Formats.Asn1.AsnReader(der, System.Formats.Asn1.AsnEncodingRules.DER).ReadSequence();
                var alg = spki.ReadSequence();
                if (alg.ReadObjectIdentifier() != Ed25519Oid) return [];
                return [spki.ReadBitString(out _)];
            }
            catch (Exception ex) when (ex is FormatException or System.Formats.Asn1.AsnContentException)
            {
                throw BuiltinException.Error("failed to extract a Key from the PEM certificate");
            }
        }
        var jwk = JsonConvert.TryParse(trimmed) as ObjectValue ?? throw BuiltinException.Error("failed to parse a JWK key (set)");
        var keys = jwk.Get("keys") is ArrayValue set ? set.Items.OfType<ObjectValue>().ToList() : [jwk];
        return keys.Where(k => k.Get("kty") is StringValue { Value: "OKP" } && k.Get("x") is StringValue)
            .Select(k => EncodingBuiltins.DecodeBase64Url(((StringValue)k.Get("x")!).Value)).ToList();
    }

    /// <summary>An RSA/ECDSA key from a JWK; null for other key types.</summary>
    public static AsymmetricAlgorithm? FromJwk(ObjectValue jwk, bool requirePrivate)
    {
        string? S(string k) => jwk.Get(k) is StringValue s ? s.Value : null;
        byte[]? B(string k) => S(k) is { } v ? EncodingBuiltins.DecodeBase64Url(v) : null;
        switch (S("kty"))
        {
            case "RSA":
                var p = new RSAParameters { Modulus = B("n"), Exponent = B("e") };
                if (S("d") is not null)
                {
                    p.D = B("d");
                    p.P = B("p");
                    p.Q = B("q");
                    p.DP = B("dp");
                    p.DQ = B("dq");
                    p.InverseQ = B("qi");
                }
                else if (requirePrivate) return null;
                try
                {
                    return RSA.Create(p);
                }
                catch (CryptographicException)
                {
                    throw BuiltinException.Error("failed to parse a JWK key (set)");
                }
            case "EC":
                var curve = S("crv") switch
                {
                    "P-256" => ECCurve.NamedCurves.nistP256,
                    "P-384" => ECCurve.NamedCurves.nistP384,
                    "P-521" => ECCurve.NamedCurves.nistP521,
                    _ => throw BuiltinException.Error("failed to parse a JWK key (set)"),
                };
                var ecp = new ECParameters { Curve = curve, Q = new ECPoint { X = B("x"), Y = B("y") }, D = B("d") };
                try
                {
                    return ECDsa.Create(ecp);
                }
                catch (CryptographicException)
                {
                    throw BuiltinException.Error("failed to parse a JWK key (set)");
                }
            default:
                return null;
        }
    }
}
