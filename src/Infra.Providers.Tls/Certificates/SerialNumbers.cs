using System.Security.Cryptography;

namespace Infra.Providers.Tls;

/// <summary>Random positive 128-bit certificate serial numbers (RFC 5280 §4.1.2.2 allows up to 20 octets).</summary>
internal static class SerialNumbers
{
    internal static byte[] Next()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        return serial;
    }
}
