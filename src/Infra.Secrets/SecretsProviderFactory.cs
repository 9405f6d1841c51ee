using Infra.Secrets.Passphrase;
using Infra.Secrets.Vault;

namespace Infra.Secrets;

/// <summary>Opens the secrets provider an existing stack is configured with.</summary>
public static class SecretsProviderFactory
{
    /// <summary>
    /// Opens the stack's provider: passphrase secrets (resolving the passphrase through
    /// <paramref name="getVariable"/> and verifying it against the salt) or Vault Transit for a
    /// <c>vault://</c> URL. Nothing is written; on a wrong passphrase the result is
    /// <see cref="SecretsErrorCode.IncorrectPassphrase"/>.
    /// </summary>
    /// <param name="settings">The stack file's secrets settings.</param>
    /// <param name="getVariable">Environment accessor (null for unset variables).</param>
    /// <param name="httpClient">The client for Vault; required only for <c>vault://</c> providers.</param>
    public static SecretsResult<ISecretsProvider> Open(StackSecretsSettings settings, Func<string, string?> getVariable, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(getVariable);
        var provider = settings.SecretsProvider;
        if (provider is null || provider.Length == 0 || provider == PassphraseSecretsProvider.TypeName)
        {
            return OpenPassphrase(settings.EncryptionSalt, getVariable);
        }

        if (provider.StartsWith(VaultUrl.Scheme + "://", StringComparison.Ordinal))
        {
            if (httpClient is null)
            {
                throw new ArgumentNullException(nameof(httpClient), "A vault:// secrets provider needs an HttpClient.");
            }

            var parsed = VaultUrl.Parse(provider, getVariable);
            return parsed.IsSuccess
                ? SecretsResult<ISecretsProvider>.Success(new VaultSecretsProvider(parsed.Value, httpClient))
                : SecretsResult<ISecretsProvider>.Failure(parsed.Error);
        }

        return SecretsResult<ISecretsProvider>.Failure(
            SecretsErrorCode.InvalidProviderSettings,
            $"secretsprovider '{provider}' is not supported; use 'passphrase' or a vault:// URL");
    }

    private static SecretsResult<ISecretsProvider> OpenPassphrase(string? encryptionSalt, Func<string, string?> getVariable)
    {
        if (string.IsNullOrWhiteSpace(encryptionSalt))
        {
            return SecretsResult<ISecretsProvider>.Failure(
                SecretsErrorCode.MalformedEncryptionSalt, "the stack has no encryptionsalt; passphrase secrets need one");
        }

        var passphrase = PassphraseResolver.Resolve(getVariable);
        if (!passphrase.IsSuccess)
        {
            return SecretsResult<ISecretsProvider>.Failure(passphrase.Error);
        }

        var opened = PassphraseSecretsProvider.FromEncryptionSalt(encryptionSalt, passphrase.Value);
        return opened.IsSuccess
            ? SecretsResult<ISecretsProvider>.Success(opened.Value)
            : SecretsResult<ISecretsProvider>.Failure(opened.Error);
    }
}
