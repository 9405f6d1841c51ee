using System.Security.Cryptography;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>io.jwt.decode_verify</c>: signature check (secret or cert) plus <c>alg</c>, <c>iss</c>, <c>aud</c>, <c>exp</c>, <c>nbf</c> constraints.</summary>
internal static class JwtDecodeVerify
{
    private static readonly Value Invalid = new ArrayValue([BoolValue.False, ObjectValue.Empty, ObjectValue.Empty]);

    public static void Register(BuiltinTable t)
    {
        t.Add("io.jwt.decode_verify", 2, (ctx, a) =>
        {
            var token = Args.Str(a, 0);
            var constraints = Args.Obj(a, 1);
            var parts = token.Split('.');
            if (parts.Length != 3) return Invalid;
            if (JsonConvert.TryParse(Encoding.UTF8.GetString(EncodingBuiltins.DecodeBase64Url(parts[0]))) is not ObjectValue header) return Invalid;
            if (JsonConvert.TryParse(Encoding.UTF8.GetString(EncodingBuiltins.DecodeBase64Url(parts[1]))) is not ObjectValue payload) return Invalid;
            var alg = header.Get("alg") is StringValue av ? av.Value : "";
            if (constraints.Get("alg") is StringValue wantAlg && wantAlg.Value != alg) return Invalid;
            if (!SignatureValid(alg, parts, constraints)) return Invalid;
            if (constraints.Get("iss") is StringValue iss && (payload.Get("iss") is not StringValue pis || pis.Value != iss.Value)) return Invalid;
            var aud = payload.Get("aud");
            if (constraints.Get("aud") is StringValue wantAud)
            {
                var ok = aud switch
                {
                    StringValue s => s.Value == wantAud.Value,
                    ArrayValue arr => arr.Items.Contains(wantAud),
                    _ => false,
                };
                if (!ok) return Invalid;
            }
            else if (aud is not null) return Invalid;
            var now = constraints.Get("time") is NumberValue tn && tn.TryGetBigInteger(out var ns) ? ns : TimeBuiltins.ToNs(ctx.Now);
            var nowSeconds = (double)now / 1e9;
            if (payload.Get("exp") is NumberValue exp && nowSeconds >= exp.AsDouble) return Invalid;
            if (payload.Get("nbf") is NumberValue nbf && nowSeconds < nbf.AsDouble) return Invalid;
            return new ArrayValue([BoolValue.True, header, payload]);
        });
    }

    private static bool SignatureValid(string alg, string[] parts, ObjectValue constraints)
    {
        var data = Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]);
        var signature = EncodingBuiltins.DecodeBase64Url(parts[2]);
        if (constraints.Get("secret") is StringValue secret)
        {
            var key = Encoding.UTF8.GetBytes(secret.Value);
            byte[]? expected = alg switch
            {
                "HS256" => HMACSHA256.HashData(key, data),
                "HS384" => HMACSHA384.HashData(key, data),
                "HS512" => HMACSHA512.HashData(key, data),
                _ => null,
            };
            return expected is not null && CryptographicOperations.FixedTimeEquals(expected, signature);
        }
        if (constraints.Get("cert") is StringValue cert)
        {
            if (alg == "EdDSA") return JwtKeys.Ed25519PublicKeys(cert.Value).Any(k => Ed25519.Verify(k, data, signature));
            var hash = alg.Length == 5 ? alg[2..] switch { "256" => HashAlgorithmName.SHA256, "384" => HashAlgorithmName.SHA384, _ => HashAlgorithmName.SHA512 } : HashAlgorithmName.SHA256;
            foreach (var key in JwtKeys.PublicKeys(cert.Value))
            {
                try
                {
                    var ok = (alg.Length > 0 ? alg[0] : ' ', key) switch
                    {
                        ('R', RSA rsa) => rsa.VerifyData(data, signature, hash, RSASignaturePadding.Pkcs1),
                        ('P', RSA rsa) => rsa.VerifyData(data, signature, hash, RSASignaturePadding.Pss),
                        ('E', ECDsa ec) => ec.VerifyData(data, signature, hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                        _ => false,
                    };
                    if (ok) return true;
                }
                catch (CryptographicException)
                {
                }
            }
            return false;
        }
        return false;
    }
}
