using System.Security.Cryptography;

namespace Infra.Providers.Tls;

/// <summary>Resource IDs derived from public PEM documents (never from private keys).</summary>
internal static class PemIds
{
    /// <summary>The lower-case hex SHA-1 of the first PEM block's DER content (how Terraform's tls provider names keys and requests).</summary>
    internal static string Sha1Hex(string pem)
    {
        var fields = PemEncoding.Find(pem);
        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        return Convert.ToHexStringLower(SHA1.HashData(der));
    }
}
