using Infra.Engine.Diagnostics;

namespace Infra.Engine.Secrets;

/// <summary>Used when no secrets provider is configured: any attempt to store or read a secret fails with guidance.</summary>
/// <param name="reason">Why no provider is available and how to configure one.</param>
public sealed class MissingSecretsCodec(string reason) : ISecretsCodec
{
    /// <inheritdoc />
    public string Type => "none";

    /// <inheritdoc />
    public string Encrypt(string plaintext) => throw new InputException(reason);

    /// <inheritdoc />
    public string Decrypt(string ciphertext) => throw new InputException(reason);
}
