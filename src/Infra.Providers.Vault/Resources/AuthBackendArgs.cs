namespace Infra.Vault;

/// <summary>Arguments of <see cref="AuthBackend"/>.</summary>
public sealed class AuthBackendArgs : VaultResourceArgs
{
    /// <summary><c>approle</c>, <c>kubernetes</c>, <c>jwt</c> or <c>oidc</c>; changing it replaces the backend.</summary>
    public required Input<string> Type { get; init; }

    /// <summary>Where it is mounted (default: the type); changing it replaces the backend.</summary>
    public Input<string>? Path { get; init; }

    /// <summary>A human-readable description.</summary>
    public Input<string>? Description { get; init; }

    /// <summary>Default lease TTL in seconds.</summary>
    public Input<int>? DefaultLeaseTtlSeconds { get; init; }

    /// <summary>Maximum lease TTL in seconds.</summary>
    public Input<int>? MaxLeaseTtlSeconds { get; init; }

    /// <summary>Backend config in Vault's field names (e.g. <c>kubernetes_host</c>, <c>oidc_discovery_url</c>, <c>bound_issuer</c>).</summary>
    public InputMap<string>? Config { get; init; }
}
