namespace Infra.Vault.Client;

/// <summary>Where Vault is and how to authenticate; <see cref="Token"/> wins over an AppRole login.</summary>
internal sealed record VaultClientOptions
{
    public required Uri Address { get; init; }

    public string? Token { get; init; }

    public string? Namespace { get; init; }

    public string? AppRoleRoleId { get; init; }

    public string? AppRoleSecretId { get; init; }

    public string AppRoleMount { get; init; } = "approle";

    public string? CaCertPath { get; init; }

    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
