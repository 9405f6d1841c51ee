using System.Security.Cryptography;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>io.jwt.decode</c> and HMAC verification (<c>io.jwt.verify_hs256/384/512</c>).</summary>
internal static class Jwt
{
    public static void Register(BuiltinTable t)
    {
        t.Add("io.jwt.decode", 1, a => Decode(Args.Str(a, 0)));
        t.Add("io.jwt.verify_hs256", 2, a => VerifyHmac(a, HMACSHA256.HashData));
        t.Add("io.jwt.verify_hs384", 2, a => VerifyHmac(a, HMACSHA384.HashData));
        t.Add("io.jwt.verify_hs512", 2, a => VerifyHmac(a, HMACSHA512.HashData));
    }

    private static string[] Sections(string token)
    {
        var parts = token.Split('.');
        if (parts.Length == 1) throw BuiltinException.Error("encoded JWT had no period separators");
        if (parts.Length != 3) throw BuiltinException.Error($"encoded JWT must have 3 sections, found {parts.Length}");
        return parts;
    }

    private static byte[] Part(string text, string what)
    {
        try
        {
            return EncodingBuiltins.DecodeBase64Url(text);
        }
        catch (BuiltinException ex)
        {
            throw BuiltinException.Error($"JWT {what} had invalid encoding: {ex.Message}");
        }
    }

    private static Value Decode(string token)
    {
        var parts = Sections(token);
        var header = JsonConvert.TryParse(System.Text.Encoding.UTF8.GetString(Part(parts[0], "header"))) as ObjectValue
            ?? throw BuiltinException.Error("JWT header is not a JSON object");
        if (header.Get("enc") is not null) throw BuiltinException.Error("JWT is a JWE object, which is not supported");
        var payloadText = System.Text.Encoding.UTF8.GetString(Part(parts[1], "payload"));
        var signature = Part(parts[2], "signature");
        if (header.Get("cty") is StringValue { Value: "JWT" })
        {
            var inner = JsonConvert.TryParse(payloadText) as StringValue ?? throw BuiltinException.Error("nested JWT payload is not a JSON string");
            return Decode(inner.Value);
        }
        var payload = JsonConvert.TryParse(payloadText);
        if (payload is not ObjectValue) throw BuiltinException.Error("type is JWT but payload is not JSON");
        return new ArrayValue([header, payload, new StringValue(Convert.ToHexString(signature).ToLowerInvariant())]);
    }

    private static Value VerifyHmac(Value[] a, Func<byte[], byte[], byte[]> hmac)
    {
        var parts = Sections(Args.Str(a, 0));
        var secret = Encoding.UTF8.GetBytes(Args.Str(a, 1));
        var signature = Part(parts[2], "signature");
        var expected = hmac(secret, Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]));
        return BoolValue.Of(CryptographicOperations.FixedTimeEquals(signature, expected));
    }
}
