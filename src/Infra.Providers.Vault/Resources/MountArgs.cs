namespace Infra.Vault;

/// <summary>Arguments of <see cref="Mount"/>.</summary>
public sealed class MountArgs : VaultResourceArgs
{
    /// <summary>Where the engine is mounted, e.g. <c>secret</c>; changing it replaces the mount.</summary>
    public required Input<string> Path { get; init; }

    /// <summary><c>kv</c>, <c>kv-v2</c>, <c>transit</c>, <c>pki</c> or <c>database</c>; changing it replaces the mount.</summary>
    public required Input<string> Type { get; init; }

    /// <summary>A human-readable description.</summary>
    public Input<string>? Description { get; init; }

    /// <summary>Default lease TTL in seconds (0 = the system default).</summary>
    public Input<int>? DefaultLeaseTtlSeconds { get; init; }

    /// <summary>Maximum lease TTL in seconds (0 = the system default).</summary>
    public Input<int>? MaxLeaseTtlSeconds { get; init; }

    /// <summary>Engine options (e.g. <c>version</c> for kv); kv-v2 sets <c>version=2</c> itself.</summary>
    public InputMap<string>? Options { get; init; }
}
