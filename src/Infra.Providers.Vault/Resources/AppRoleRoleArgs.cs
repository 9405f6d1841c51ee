namespace Infra.Vault;

/// <summary>Arguments of <see cref="AppRoleRole"/>.</summary>
public sealed class AppRoleRoleArgs : VaultResourceArgs
{
    /// <summary>The role name; changing it replaces the role.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The AppRole backend path (default <c>approle</c>).</summary>
    public Input<string>? Backend { get; init; }

    /// <summary>Policies attached to tokens issued for the role.</summary>
    public InputList<string>? TokenPolicies { get; init; }

    /// <summary>Token TTL in seconds.</summary>
    public Input<int>? TokenTtlSeconds { get; init; }

    /// <summary>Token maximum TTL in seconds.</summary>
    public Input<int>? TokenMaxTtlSeconds { get; init; }

    /// <summary>SecretID TTL in seconds (0 = no expiry).</summary>
    public Input<int>? SecretIdTtlSeconds { get; init; }

    /// <summary>How many times a SecretID can be used (0 = unlimited).</summary>
    public Input<int>? SecretIdNumUses { get; init; }

    /// <summary>Whether login requires a SecretID (default true).</summary>
    public Input<bool>? BindSecretId { get; init; }
}
