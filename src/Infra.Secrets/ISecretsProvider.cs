namespace Infra.Secrets;

/// <summary>
/// Encrypts and decrypts secret values for one stack. Implementations are safe to share between
/// threads. Operational failures (tampered ciphertext, an unreachable or refusing key service) throw
/// <see cref="SecretsException"/>, whose <see cref="SecretsException.Error"/> names the cause.
/// </summary>
public interface ISecretsProvider
{
    /// <summary>The provider's type as stored in stack settings, e.g. <c>passphrase</c> or <c>vault</c>.</summary>
    string Type { get; }

    /// <summary>Encrypts one plaintext into this provider's ciphertext form.</summary>
    Task<string> EncryptAsync(string plaintext, CancellationToken cancellationToken);

    /// <summary>Decrypts one ciphertext produced by this provider (or a compatible one).</summary>
    Task<string> DecryptAsync(string ciphertext, CancellationToken cancellationToken);

    /// <summary>Encrypts many plaintexts; the result has the same order and length as the input.</summary>
    Task<IReadOnlyList<string>> EncryptManyAsync(IReadOnlyList<string> plaintexts, CancellationToken cancellationToken);

    /// <summary>Decrypts many ciphertexts; the result has the same order and length as the input.</summary>
    Task<IReadOnlyList<string>> DecryptManyAsync(IReadOnlyList<string> ciphertexts, CancellationToken cancellationToken);
}
