using System.Security.Cryptography;
using System.Text;

namespace Infra.Secrets.Passphrase;

/// <summary>
/// AES-256-GCM with a random 96-bit nonce, written as <c>v1:base64(nonce):base64(ciphertext||tag)</c>:
/// the value format of Pulumi's passphrase secrets manager.
/// </summary>
internal sealed class SymmetricCrypter
{
    internal const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const string VersionTag = "v1";

    private readonly byte[] _key;

    internal SymmetricCrypter(byte[] key)
    {
        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"AES-256-GCM needs a {KeyBytes}-byte key.", nameof(key));
        }

        _key = key;
    }

    internal AesGcm CreateCipher() => new(_key, TagBytes);

    internal string Encrypt(AesGcm cipher, string plaintext)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plaintext);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var sealedBytes = new byte[plainBytes.Length + TagBytes];
        cipher.Encrypt(nonce, plainBytes, sealedBytes.AsSpan(0, plainBytes.Length), sealedBytes.AsSpan(plainBytes.Length));
        CryptographicOperations.ZeroMemory(plainBytes);
        return $"{VersionTag}:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(sealedBytes)}";
    }

    internal SecretsResult<string> Decrypt(AesGcm cipher, string ciphertext)
    {
        var parts = ciphertext.Split(':');
        if (parts.Length != 3)
        {
            return Malformed("expected three ':'-separated parts (v1:nonce:ciphertext)");
        }

        if (parts[0] != VersionTag)
        {
            return Malformed($"unknown value version '{parts[0]}', expected '{VersionTag}'");
        }

        byte[] nonce;
        byte[] sealedBytes;
        try
        {
            nonce = Convert.FromBase64String(parts[1]);
            sealedBytes = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException)
        {
            return Malformed("nonce or ciphertext is not valid base64");
        }

        if (nonce.Length != NonceBytes)
        {
            return Malformed($"nonce is {nonce.Length} bytes, expected {NonceBytes}");
        }

        if (sealedBytes.Length < TagBytes)
        {
            return Malformed("ciphertext is shorter than the authentication tag");
        }

        var plainLength = sealedBytes.Length - TagBytes;
        var plainBytes = new byte[plainLength];
        try
        {
            cipher.Decrypt(nonce, sealedBytes.AsSpan(0, plainLength), sealedBytes.AsSpan(plainLength), plainBytes);
        }
        catch (AuthenticationTagMismatchException)
        {
            return SecretsResult<string>.Failure(
                SecretsErrorCode.DecryptionFailed,
                "the value does not decrypt with this stack's key (wrong passphrase, another stack's value, or tampered)");
        }

        var plaintext = Encoding.UTF8.GetString(plainBytes);
        CryptographicOperations.ZeroMemory(plainBytes);
        return SecretsResult<string>.Success(plaintext);
    }

    private static SecretsResult<string> Malformed(string why) =>
        SecretsResult<string>.Failure(SecretsErrorCode.MalformedCiphertext, $"malformed passphrase ciphertext: {why}");
}
