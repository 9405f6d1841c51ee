namespace Infra.Engine.Secrets;

/// <summary>Resolves the real codec on first use, so stacks without secrets never need a passphrase.</summary>
/// <param name="resolve">Creates the codec (may ask for a passphrase, may write the stack's salt).</param>
public sealed class LazySecretsCodec(Func<ISecretsCodec> resolve) : ISecretsCodec
{
    private readonly Lazy<ISecretsCodec> _codec = new(resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public string Type => _codec.Value.Type;

    /// <inheritdoc />
    public string Encrypt(string plaintext) => _codec.Value.Encrypt(plaintext);

    /// <inheritdoc />
    public string Decrypt(string ciphertext) => _codec.Value.Decrypt(ciphertext);
}
