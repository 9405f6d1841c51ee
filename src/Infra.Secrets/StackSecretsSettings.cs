namespace Infra.Secrets;

/// <summary>The secrets settings of a stack file (<c>Pulumi.&lt;stack&gt;.yaml</c> / <c>Infra.&lt;stack&gt;.yaml</c>).</summary>
/// <param name="SecretsProvider">The <c>secretsprovider</c> value: null or <c>passphrase</c> for passphrase secrets, or a <c>vault://</c> URL.</param>
/// <param name="EncryptionSalt">The <c>encryptionsalt</c> value, required for passphrase secrets.</param>
public sealed record StackSecretsSettings(string? SecretsProvider, string? EncryptionSalt);
