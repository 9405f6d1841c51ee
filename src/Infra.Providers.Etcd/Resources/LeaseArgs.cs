namespace Infra.Etcd;

/// <summary>Arguments of <see cref="Lease"/>.</summary>
public sealed class LeaseArgs : ResourceArgs
{
    /// <summary>The time to live in seconds; changing it grants a new lease (a lease's TTL cannot change).</summary>
    public required Input<int> Ttl { get; init; }
}
