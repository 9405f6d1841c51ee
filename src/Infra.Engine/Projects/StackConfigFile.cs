using Infra.Engine.Diagnostics;

namespace Infra.Engine.Projects;

/// <summary>The contents of <c>Pulumi.&lt;stack&gt;.yaml</c>.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Exists">False when the file does not exist yet (a stack with no config).</param>
/// <param name="EncryptionSalt">The passphrase provider's salt and check value.</param>
/// <param name="SecretsProvider">The secrets provider URL (passphrase when absent).</param>
/// <param name="EncryptedKey">A wrapped data key, for providers that use one.</param>
/// <param name="Values">Config values by full key.</param>
public sealed record StackConfigFile(
    string Path,
    bool Exists,
    string? EncryptionSalt,
    string? SecretsProvider,
    string? EncryptedKey,
    IReadOnlyDictionary<string, StackConfigEntry> Values);

/// <summary>One configuration value in a stack file.</summary>
/// <param name="Key">The full key (<c>namespace:name</c>).</param>
/// <param name="Json">The value as JSON text (plain values), or null for secure values.</param>
/// <param name="Ciphertext">The <c>secure:</c> ciphertext, for secrets.</param>
/// <param name="Location">Where the value is.</param>
public sealed record StackConfigEntry(string Key, string? Json, string? Ciphertext, SourceLocation? Location)
{
    /// <summary>True for <c>secure:</c> values.</summary>
    public bool IsSecure => Ciphertext is not null;
}
