namespace Infra.Vault;

/// <summary>Arguments of <see cref="KubernetesAuthRole"/>.</summary>
public sealed class KubernetesAuthRoleArgs : VaultResourceArgs
{
    /// <summary>The role name; changing it replaces the role.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The kubernetes auth backend path (default <c>kubernetes</c>).</summary>
    public Input<string>? Backend { get; init; }

    /// <summary>Service account names allowed to log in (<c>*</c> for all).</summary>
    public required InputList<string> BoundServiceAccountNames { get; init; }

    /// <summary>Namespaces allowed to log in (<c>*</c> for all).</summary>
    public required InputList<string> BoundServiceAccountNamespaces { get; init; }

    /// <summary>Policies attached to issued tokens.</summary>
    public InputList<string>? TokenPolicies { get; init; }

    /// <summary>Token TTL in seconds.</summary>
    public Input<int>? TokenTtlSeconds { get; init; }

    /// <summary>The audience the service account JWT must have.</summary>
    public Input<string>? Audience { get; init; }
}
