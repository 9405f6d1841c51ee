namespace Infra.Vault;

/// <summary>Arguments of <see cref="AppRoleSecretId"/>.</summary>
public sealed class AppRoleSecretIdArgs : VaultResourceArgs
{
    /// <summary>The AppRole role name.</summary>
    public required Input<string> RoleName { get; init; }

    /// <summary>The AppRole backend path (default <c>approle</c>).</summary>
    public Input<string>? Backend { get; init; }

    /// <summary>Metadata attached to the SecretID (appears in audit logs).</summary>
    public InputMap<string>? Metadata { get; init; }

    /// <summary>How long the SecretID is valid, in seconds (default: the role's).</summary>
    public Input<int>? TtlSeconds { get; init; }
}
