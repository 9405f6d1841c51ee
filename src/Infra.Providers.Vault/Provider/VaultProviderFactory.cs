using Infra.Providers;

[assembly: InfraProvider(typeof(Infra.Vault.Provider.VaultProviderFactory))]

namespace Infra.Vault.Provider;

/// <summary>
/// Creates the Vault provider (package <c>vault</c>). Config keys: <c>vault:address</c> (required),
/// <c>vault:token</c> (secret) or <c>vault:approleRoleId</c> + <c>vault:approleSecretId</c> (secret) with optional
/// <c>vault:approleMount</c>, <c>vault:namespace</c>, <c>vault:caCert</c> (PEM file relative to the project folder),
/// <c>vault:maxRetries</c> (default 3), <c>vault:retryDelayMs</c> (default 200) and <c>vault:timeout</c> (seconds, default 30).
/// </summary>
public sealed class VaultProviderFactory : IProviderFactory
{
    /// <inheritdoc />
    public string Package => "vault";

    /// <inheritdoc />
    public IProvider Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new VaultProvider(context);
    }
}
