namespace Infra.Secrets.Rotation;

/// <summary>Key rotation: decrypts values with the old provider and encrypts them with the new one.</summary>
public static class SecretsReEncryptor
{
    /// <summary>
    /// Re-encrypts <paramref name="ciphertexts"/> from <paramref name="from"/> to <paramref name="to"/>, in
    /// batches; the result has the same order. Nothing is returned unless every value decrypted, so a wrong
    /// old key leaves the caller with nothing to write.
    /// </summary>
    /// <param name="from">The provider the values are encrypted with now.</param>
    /// <param name="to">The provider to encrypt them with.</param>
    /// <param name="ciphertexts">The values, as written by <paramref name="from"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<IReadOnlyList<string>> ReEncryptAsync(
        ISecretsProvider from,
        ISecretsProvider to,
        IReadOnlyList<string> ciphertexts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(ciphertexts);
        if (ciphertexts.Count == 0)
        {
            return [];
        }

        var plaintexts = await from.DecryptManyAsync(ciphertexts, cancellationToken).ConfigureAwait(false);
        return await to.EncryptManyAsync(plaintexts, cancellationToken).ConfigureAwait(false);
    }
}
