using System.Numerics;
using System.Security.Cryptography;

namespace Infra.Policy.Builtins;

/// <summary>Ed25519 signatures (RFC 8032), which .NET's cryptography does not provide.</summary>
internal static class Ed25519
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
    private static readonly BigInteger L = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly BigInteger D = Mod(-121665 * Inv(121666));
    private static readonly BigInteger SqrtM1 = BigInteger.ModPow(2, (P - 1) / 4, P);
    private static readonly (BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) B = BasePoint();

    private static BigInteger Mod(BigInteger a)
    {
        var r = a % P;
        return r.Sign < 0 ? r + P : r;
    }

    private static BigInteger Inv(BigInteger a) => BigInteger.ModPow(Mod(a), P - 2, P);

    private static (BigInteger, BigInteger, BigInteger, BigInteger) BasePoint()
    {
        var y = Mod(4 * Inv(5));
        var x = RecoverX(y, 0) ?? throw new InvalidOperationException("invalid base point");
        return (x, y, 1, Mod(x * y));
    }

    private static BigInteger? RecoverX(BigInteger y, int sign)
    {
        if (y >= P) return null;
        var x2 = Mod((y * y - 1) * Inv(D * y * y + 1));
        if (x2.IsZero) return sign == 0 ? BigInteger.Zero : null;
        var x = BigInteger.ModPow(x2, (P + 3) / 8, P);
        if (Mod(x * x - x2) != 0) x = Mod(x * SqrtM1);
        if (Mod(x * x - x2) != 0) return null;
        if ((int)(x & 1) != sign) x = P - x;
        return x;
    }

    private static (BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) Add((BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) p, (BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) q)
    {
        var a = Mod((p.Y - p.X) * (q.Y - q.X));
        var b = Mod((p.Y + p.X) * (q.Y + q.X));
        var c = Mod(2 * p.T * q.T * D);
        var d = Mod(2 * p.Z * q.Z);
        var e = b - a;
        var f = d - c;
        var g = d + c;
        var h = b + a;
        return (Mod(e * f), Mod(g * h), Mod(f * g), Mod(e * h));
    }

    private static (BigInteger, BigInteger, BigInteger, BigInteger) Multiply(BigInteger s, (BigInteger, BigInteger, BigInteger, BigInteger) p)
    {
        (BigInteger, BigInteger, BigInteger, BigInteger) q = (0, 1, 1, 0);
        while (s > 0)
        {
            if (!s.IsEven) q = Add(q, p);
            p = Add(p, p);
            s >>= 1;
        }
        return q;
    }

    private static bool Equal((BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) p, (BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) q)
        => Mod(p.X * q.Z - q.X * p.Z) == 0 && Mod(p.Y * q.Z - q.Y * p.Z) == 0;

    private static byte[] Encode((BigInteger X, BigInteger Y, BigInteger Z, BigInteger T) p)
    {
        var zi = Inv(p.Z);
        var x = Mod(p.X * zi);
        var y = Mod(p.Y * zi);
        var bytes = new byte[32];
        y.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        bytes[31] |= (byte)((int)(x & 1) << 7);
        return bytes;
    }

    private static (BigInteger, BigInteger, BigInteger, BigInteger)? Decode(byte[] s)
    {
        if (s.Length != 32) return null;
        var copy = (byte[])s.Clone();
        var sign = copy[31] >> 7;
        copy[31] &= 0x7f;
        var y = new BigInteger(copy, isUnsigned: true, isBigEndian: false);
        var x = RecoverX(y, sign);
        return x is null ? null : (x.Value, y, 1, Mod(x.Value * y));
    }

    private static BigInteger HashInt(params byte[][] parts)
        => new BigInteger(SHA512.HashData(parts.SelectMany(p => p).ToArray()), isUnsigned: true, isBigEndian: false);

    private static (BigInteger A, byte[] Prefix) Expand(byte[] seed)
    {
        var h = SHA512.HashData(seed);
        var a = new byte[32];
        Array.Copy(h, a, 32);
        a[0] &= 248;
        a[31] &= 127;
        a[31] |= 64;
        return (new BigInteger(a, isUnsigned: true, isBigEndian: false), h[32..]);
    }

    public static byte[] PublicKey(byte[] seed) => Encode(Multiply(Expand(seed).A, B));

    public static byte[] Sign(byte[] seed, byte[] message)
    {
        var (a, prefix) = Expand(seed);
        var pub = Encode(Multiply(a, B));
        var r = HashInt(prefix, message) % L;
        var rEnc = Encode(Multiply(r, B));
        var k = HashInt(rEnc, pub, message) % L;
        var s = (r + k * a) % L;
        var sBytes = new byte[32];
        s.TryWriteBytes(sBytes, out _, isUnsigned: true, isBigEndian: false);
        return [.. rEnc, .. sBytes];
    }

    public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        if (signature.Length != 64) return false;
        var a = Decode(publicKey);
        var r = Decode(signature[..32]);
        if (a is null || r is null) return false;
        var s = new BigInteger(signature[32..], isUnsigned: true, isBigEndian: false);
        if (s >= L) return false;
        var k = HashInt(signature[..32], publicKey, message) % L;
        return Equal(Multiply(s, B), Add(r.Value, Multiply(k, a.Value)));
    }
}
