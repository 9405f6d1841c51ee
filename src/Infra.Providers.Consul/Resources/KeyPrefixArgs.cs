namespace Infra.Consul;

/// <summary>Arguments of <see cref="KeyPrefix"/>.</summary>
public sealed class KeyPrefixArgs : ConsulResourceArgs
{
    /// <summary>The prefix, ending in <c>/</c>, e.g. <c>config/app/</c>; changing it replaces the resource.</summary>
    public required Input<string> PathPrefix { get; init; }

    /// <summary>The keys below the prefix and their values.</summary>
    public required InputMap<string> Subkeys { get; init; }
}
