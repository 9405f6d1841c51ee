namespace Infra.Secrets.Passphrase;

/// <summary>The result of creating passphrase secrets for a new stack.</summary>
/// <param name="Provider">A provider ready to encrypt and decrypt the stack's secrets.</param>
/// <param name="EncryptionSalt">The value to store as <c>encryptionsalt</c> in <c>Pulumi.&lt;stack&gt;.yaml</c>.</param>
public sealed record NewPassphraseStack(PassphraseSecretsProvider Provider, string EncryptionSalt);
