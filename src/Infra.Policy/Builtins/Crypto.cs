using System.Security.Cryptography;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Hashes and HMACs (hex output), and constant-time HMAC comparison.</summary>
internal static class Crypto
{
    public static void Register(BuiltinTable t)
    {
        t.Add("crypto.md5", 1, a => Hex(MD5.HashData(Bytes(a, 0))));
        t.Add("crypto.sha1", 1, a => Hex(SHA1.HashData(Bytes(a, 0))));
        t.Add("crypto.sha256", 1, a => Hex(SHA256.HashData(Bytes(a, 0))));
        t.Add("crypto.hmac.md5", 2, a => Hex(HMACMD5.HashData(Bytes(a, 1), Bytes(a, 0))));
        t.Add("crypto.hmac.sha1", 2, a => Hex(HMACSHA1.HashData(Bytes(a, 1), Bytes(a, 0))));
        t.Add("crypto.hmac.sha256", 2, a => Hex(HMACSHA256.HashData(Bytes(a, 1), Bytes(a, 0))));
        t.Add("crypto.hmac.sha512", 2, a => Hex(HMACSHA512.HashData(Bytes(a, 1), Bytes(a, 0))));
        t.Add("crypto.hmac.equal", 2, a => BoolValue.Of(CryptographicOperations.FixedTimeEquals(Bytes(a, 0), Bytes(a, 1))));
    }

    private static byte[] Bytes(Value[] a, int i) => System.Text.Encoding.UTF8.GetBytes(Args.Str(a, i));

    private static StringValue Hex(byte[] b) => new(Convert.ToHexString(b).ToLowerInvariant());
}
