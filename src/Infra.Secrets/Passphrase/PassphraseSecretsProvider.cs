using System.Security.Cryptography;

namespace Infra.Secrets.Passphrase;

/// <summary>
/// Pulumi-compatible passphrase secrets: a key derived once per stack with PBKDF2-SHA256 (1,000,000
/// iterations) from the passphrase and the stack's <c>encryptionsalt</c>, and AES-256-GCM values written
/// as <c>v1:nonce:ciphertext</c> (the text after <c>secure:</c> in stack config and in state).
/// </summary>
public sealed class PassphraseSecretsProvider : ISecretsProvider
{
    /// <summary>The type name stored in stack settings.</summary>
    public const string TypeName = "passphrase";

    private readonly SymmetricCrypter _crypter;

    private PassphraseSecretsProvider(SymmetricCrypter crypter, string encryptionSalt)
    {
        _crypter = crypter;
        EncryptionSalt = encryptionSalt;
    }

    /// <inheritdoc />
    public string Type => TypeName;

    /// <summary>The stack's <c>encryptionsalt</c> value this provider was made from.</summary>
    public string EncryptionSalt { get; }

    /// <summary>
    /// Creates the secrets of a new stack: draws a random salt, derives the key and encrypts the check
    /// value. Store <see cref="NewPassphraseStack.EncryptionSalt"/> as the stack's <c>encryptionsalt</c>.
    /// </summary>
    /// <param name="passphrase">The passphrase (an empty string is allowed, as in Pulumi).</param>
    public static NewPassphraseStack CreateForNewStack(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var salt = RandomNumberGenerator.GetBytes(PassphraseKeyDerivation.SaltBytes);
        var crypter = new SymmetricCrypter(PassphraseKeyDerivation.DeriveKey(passphrase, salt));
        using var cipher = crypter.CreateCipher();
        var check = crypter.Encrypt(cipher, Passphrase.EncryptionSalt.CheckPlaintext);
        var saltText = new EncryptionSalt(salt, check).Format();
        return new NewPassphraseStack(new PassphraseSecretsProvider(crypter, saltText), saltText);
    }

    /// <summary>
    /// Opens an existing stack's secrets: derives the key from <paramref name="passphrase"/> and the salt,
    /// and verifies it by decrypting the salt's check value, as Pulumi does.
    /// </summary>
    /// <param name="encryptionSalt">The stack's <c>encryptionsalt</c> value.</param>
    /// <param name="passphrase">The passphrase, usually from <see cref="PassphraseResolver"/>.</param>
    /// <returns>The provider, or <see cref="SecretsErrorCode.IncorrectPassphrase"/> /
    /// <see cref="SecretsErrorCode.MalformedEncryptionSalt"/>.</returns>
    public static SecretsResult<PassphraseSecretsProvider> FromEncryptionSalt(string encryptionSalt, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(encryptionSalt);
        ArgumentNullException.ThrowIfNull(passphrase);
        var parsed = Passphrase.EncryptionSalt.Parse(encryptionSalt.Trim());
        if (!parsed.IsSuccess)
        {
            return SecretsResult<PassphraseSecretsProvider>.Failure(parsed.Error);
        }

        var crypter = new SymmetricCrypter(PassphraseKeyDerivation.DeriveKey(passphrase, parsed.Value.Salt));
        using var cipher = crypter.CreateCipher();
        var check = crypter.Decrypt(cipher, parsed.Value.CheckCiphertext);
        if (check.Error is { Code: SecretsErrorCode.MalformedCiphertext } malformed)
        {
            return SecretsResult<PassphraseSecretsProvider>.Failure(
                SecretsErrorCode.MalformedEncryptionSalt, $"malformed encryptionsalt check value: {malformed.Message}");
        }

        if (!check.IsSuccess || check.Value != Passphrase.EncryptionSalt.CheckPlaintext)
        {
            return SecretsResult<PassphraseSecretsProvider>.Failure(
                SecretsErrorCode.IncorrectPassphrase,
                "incorrect passphrase: it does not unlock this stack's encryptionsalt; set INFRA_CONFIG_PASSPHRASE "
                + "(or PULUMI_CONFIG_PASSPHRASE) or the matching *_FILE variable to the stack's passphrase");
        }

        return SecretsResult<PassphraseSecretsProvider>.Success(new PassphraseSecretsProvider(crypter, encryptionSalt.Trim()));
    }

    /// <inheritdoc />
    public Task<string> EncryptAsync(string plaintext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        cancellationToken.ThrowIfCancellationRequested();
        using var cipher = _crypter.CreateCipher();
        return Task.FromResult(_crypter.Encrypt(cipher, plaintext));
    }

    /// <inheritdoc />
    public Task<string> DecryptAsync(string ciphertext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        cancellationToken.ThrowIfCancellationRequested();
        using var cipher = _crypter.CreateCipher();
        return Task.FromResult(_crypter.Decrypt(cipher, ciphertext).GetValueOrThrow());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> EncryptManyAsync(IReadOnlyList<string> plaintexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintexts);
        using var cipher = _crypter.CreateCipher();
        var results = new string[plaintexts.Count];
        for (var i = 0; i < results.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = _crypter.Encrypt(cipher, plaintexts[i]);
        }

        return Task.FromResult<IReadOnlyList<string>>(results);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> DecryptManyAsync(IReadOnlyList<string> ciphertexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ciphertexts);
        using var cipher = _crypter.CreateCipher();
        var results = new string[ciphertexts.Count];
        for (var i = 0; i < results.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decrypted = _crypter.Decrypt(cipher, ciphertexts[i]);
            if (!decrypted.IsSuccess)
            {
                throw new SecretsException(decrypted.Error with { Message = $"secret #{i}: {decrypted.Error.Message}" });
            }

            results[i] = decrypted.Value;
        }

        return Task.FromResult<IReadOnlyList<string>>(results);
    }
}
