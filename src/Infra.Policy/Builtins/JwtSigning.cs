using System.Security.Cryptography;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>JWS signatures: verification for RS/PS/ES algorithms and signing for HS/RS/PS/ES.</summary>
internal static class JwtSigning
{
    public static void Register(BuiltinTable t)
    {
        foreach (var alg in new[] { "rs256", "rs384", "rs512", "ps256", "ps384", "ps512", "es256", "es384", "es512" })
        {
            var upper = alg.ToUpperInvariant();
            t.Add($"io.jwt.verify_{alg}", 2, a => BoolValue.Of(Verify(upper, Args.Str(a, 0), Args.Str(a, 1))));
        }
        t.Add("io.jwt.verify_eddsa", 2, a => BoolValue.Of(VerifyEdDsa(Args.Str(a, 0), Args.Str(a, 1))));
        t.Add("io.jwt.encode_sign", 3, a =>
        {
            var header = Args.Obj(a, 0);
            var payload = Args.Obj(a, 1);
            var key = Args.Obj(a, 2);
            return new StringValue(Sign(ValueFormatter.ToJson(header, html: false), ValueFormatter.ToJson(payload, html: false), key));
        });
        t.Add("io.jwt.encode_sign_raw", 3, a =>
        {
            var key = JsonConvert.TryParse(Args.Str(a, 2)) as ObjectValue ?? throw BuiltinException.Error("failed to parse a JWK key (set)");
            return new StringValue(Sign(Args.Str(a, 0), Args.Str(a, 1), key));
        });
    }

    private static HashAlgorithmName Hash(string alg) => alg[2..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    private static bool Verify(string alg, string token, string keyText)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) throw BuiltinException.Error(parts.Length == 1 ? "encoded JWT had no period separators" : $"encoded JWT must have 3 sections, found {parts.Length}");
        var signature = EncodingBuiltins.DecodeBase64Url(parts[2]);
        var data = Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]);
        foreach (var key in JwtKeys.PublicKeys(keyText))
        {
            if (VerifyWith(alg, key, data, signature)) return true;
        }
        return false;
    }

    private static bool VerifyEdDsa(string token, string keyText)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) throw BuiltinException.Error(parts.Length == 1 ? "encoded JWT had no period separators" : $"encoded JWT must have 3 sections, found {parts.Length}");
        var signature = EncodingBuiltins.DecodeBase64Url(parts[2]);
        var data = Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]);
        return JwtKeys.Ed25519PublicKeys(keyText).Any(k => Ed25519.Verify(k, data, signature));
    }

    private static bool VerifyWith(string alg, AsymmetricAlgorithm key, byte[] data, byte[] signature)
    {
        try
        {
            return (alg[0], key) switch
            {
                ('R', RSA rsa) => rsa.VerifyData(data, signature, Hash(alg), RSASignaturePadding.Pkcs1),
                ('P', RSA rsa) => rsa.VerifyData(data, signature, Hash(alg), RSASignaturePadding.Pss),
                ('E', ECDsa ec) => ec.VerifyData(data, signature, Hash(alg), DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Sign(string headerJson, string payloadJson, ObjectValue key)
    {
        if (headerJson.Length == 0) throw BuiltinException.Error("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
        var header = JsonConvert.TryParse(headerJson);
        if (header is null && headerJson.TrimStart().StartsWith('{')) throw BuiltinException.Error("missing or invalid 'alg' header: cannot parse JSON");
        if (header is not ObjectValue ho || ho.Get("alg") is not StringValue { Value: var alg })
            throw BuiltinException.Error("missing or invalid 'alg' header: jwsbb: header \"alg\" not found");
        var typ = ho.Get("typ") is StringValue ts ? ts.Value : "JWT";
        if (typ == "JWT" && JsonConvert.TryParse(payloadJson) is null) throw BuiltinException.Error("type is JWT but payload is not JSON");
        var signingInput = B64(Encoding.UTF8.GetBytes(headerJson)) + "." + B64(Encoding.UTF8.GetBytes(payloadJson));
        var data = Encoding.UTF8.GetBytes(signingInput);
        byte[] sig;
        switch (alg)
        {
            case "HS256" or "HS384" or "HS512":
                var k = key.Get("k") is StringValue ks ? EncodingBuiltins.DecodeBase64Url(ks.Value) : throw BuiltinException.Error("failed to parse a JWK key (set)");
                sig = alg switch { "HS256" => HMACSHA256.HashData(k, data), "HS384" => HMACSHA384.HashData(k, data), _ => HMACSHA512.HashData(k, data) };
                break;
            case "RS256" or "RS384" or "RS512" or "PS256" or "PS384" or "PS512":
                var rsa = JwtKeys.FromJwk(key, requirePrivate: true) as RSA ?? throw BuiltinException.Error("failed to parse a JWK key (set)");
                sig = rsa.SignData(data, Hash(alg), alg[0] == 'R' ? RSASignaturePadding.Pkcs1 : RSASignaturePadding.Pss);
                break;
            case "EdDSA":
                var seed = key.Get("d") is StringValue ds ? EncodingBuiltins.DecodeBase64Url(ds.Value) : throw BuiltinException.Error("failed to parse a JWK key (set)");
                sig = Ed25519.Sign(seed, data);
                break;
            case "ES256" or "ES384" or "ES512":
                var ec = JwtKeys.FromJwk(key, requirePrivate: true) as ECDsa ?? throw BuiltinException.Error("failed to parse a JWK key (set)");
                sig = ec.SignData(data, Hash(alg), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                break;
            default:
                throw BuiltinException.Error($"unknown JWS algorithm: {alg}");
        }
        return signingInput + "." + B64(sig);
    }

    private static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
