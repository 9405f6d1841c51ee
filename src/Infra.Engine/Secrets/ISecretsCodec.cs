namespace Infra.Engine.Secrets;

/// <summary>
/// Encrypts and decrypts single secret values for state, plans and config. Implementations derive or unwrap a
/// key once per stack, so per-value calls are cheap and synchronous.
/// </summary>
public interface ISecretsCodec
{
    /// <summary>The provider kind written to state (e.g. <c>passphrase</c>).</summary>
    string Type { get; }

    /// <summary>Encrypts a plaintext.</summary>
    string Encrypt(string plaintext);

    /// <summary>Decrypts a ciphertext; throws <see cref="Diagnostics.InputException"/> when it cannot be decrypted.</summary>
    string Decrypt(string ciphertext);
}
