using System.Security.Cryptography;

namespace Infra.Secrets.Passphrase;

/// <summary>PBKDF2-HMAC-SHA256 over the UTF-8 passphrase, as Pulumi's passphrase secrets manager derives its key.</summary>
internal static class PassphraseKeyDerivation
{
    /// <summary>Pulumi's fixed iteration count; changing it breaks compatibility with existing stacks.</summary>
    internal const int Iterations = 1_000_000;

    /// <summary>Length of the random salt Pulumi writes for a new stack.</summary>
    internal const int SaltBytes = 8;

    internal static byte[] DeriveKey(string passphrase, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, Iterations, HashAlgorithmName.SHA256, SymmetricCrypter.KeyBytes);
}
