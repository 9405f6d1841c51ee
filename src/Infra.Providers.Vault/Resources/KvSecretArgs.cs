namespace Infra.Vault;

/// <summary>Arguments of <see cref="KvSecret"/>.</summary>
public sealed class KvSecretArgs : VaultResourceArgs
{
    /// <summary>The kv-v2 mount path, e.g. <c>secret</c>; changing it replaces the secret.</summary>
    public required Input<string> Mount { get; init; }

    /// <summary>The secret's path inside the mount, e.g. <c>app/db</c>; changing it replaces the secret.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The key/value pairs; always kept secret.</summary>
    public required InputMap<string> Data { get; init; }

    /// <summary>Versions older than this many seconds are deleted by Vault (0 = never).</summary>
    public Input<int>? DeleteVersionAfterSeconds { get; init; }
}
