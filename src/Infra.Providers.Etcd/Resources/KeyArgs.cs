namespace Infra.Etcd;

/// <summary>Arguments of <see cref="Key"/>.</summary>
public sealed class KeyArgs : ResourceArgs
{
    /// <summary>The key; changing it replaces the resource (the old key is deleted).</summary>
    public required Input<string> Key { get; init; }

    /// <summary>The value (UTF-8 text); pass a secret to keep it encrypted in state.</summary>
    public required Input<string> Value { get; init; }

    /// <summary>A lease ID (decimal, e.g. <see cref="Lease.LeaseId"/>): the key is deleted when the lease expires.</summary>
    public Input<string>? LeaseId { get; init; }
}
