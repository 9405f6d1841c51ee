using Infra.Engine.Diagnostics;
using Infra.Secrets;

namespace Infra.Engine.Secrets;

/// <summary>Adapts an <see cref="ISecretsProvider"/> to the engine's synchronous per-value codec.</summary>
/// <param name="provider">The provider (its key is already derived or unwrapped).</param>
public sealed class SecretsProviderCodec(ISecretsProvider provider) : ISecretsCodec
{
    /// <inheritdoc />
    public string Type => provider.Type;

    /// <inheritdoc />
    public string Encrypt(string plaintext) => provider.EncryptAsync(plaintext, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc />
    public string Decrypt(string ciphertext)
    {
        try
        {
            return provider.DecryptAsync(ciphertext, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (SecretsException e)
        {
            throw new InputException($"cannot decrypt a secret: {e.Message}");
        }
    }
}
