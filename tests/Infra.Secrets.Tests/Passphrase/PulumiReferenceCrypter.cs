using System.Security.Cryptography;
using System.Text;

namespace Infra.Secrets.Tests.Passphrase;

/// <summary>
/// A second, test-only reading of Pulumi's published algorithm (sdk/go/common/resource/config/crypt.go and
/// pkg/secrets/passphrase/manager.go in pulumi/pulumi): key = PBKDF2(passphrase, salt, 1,000,000,
/// SHA-256, 32 bytes); value = "v1:" + b64(nonce12) + ":" + b64(AES-256-GCM seal). Written step by step
/// against the spec, independent of the production parser, to check what Infra writes.
/// </summary>
internal static class PulumiReferenceCrypter
{
    internal static byte[] KeyFromSalt(string encryptionSalt, string passphrase)
    {
        var firstColon = encryptionSalt.IndexOf(':');
        var secondColon = encryptionSalt.IndexOf(':', firstColon + 1);
        var salt = Convert.FromBase64String(encryptionSalt[(firstColon + 1)..secondColon]);
        return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, 1_000_000, HashAlgorithmName.SHA256, 32);
    }

    internal static string CheckValue(string encryptionSalt)
    {
        var secondColon = encryptionSalt.IndexOf(':', encryptionSalt.IndexOf(':') + 1);
        return encryptionSalt[(secondColon + 1)..];
    }

    internal static string Decrypt(byte[] key, string value)
    {
        var parts = value.Split(':');
        Assert.Equal(3, parts.Length);
        Assert.Equal("v1", parts[0]);
        var nonce = Convert.FromBase64String(parts[1]);
        var sealedBytes = Convert.FromBase64String(parts[2]);
        Assert.Equal(12, nonce.Length);
        var plain = new byte[sealedBytes.Length - 16];
        using var gcm = new AesGcm(key, 16);
        gcm.Decrypt(nonce, sealedBytes[..^16], sealedBytes[^16..], plain);
        return Encoding.UTF8.GetString(plain);
    }

    internal static string Encrypt(byte[] key, string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return $"v1:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String([.. cipher, .. tag])}";
    }
}
