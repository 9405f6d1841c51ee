namespace Infra.Etcd;

/// <summary>
/// An etcd lease. Infra grants it and never keeps it alive — not even while the engine runs: the application that
/// owns the lease refreshes it. A lease nobody refreshes expires TTL seconds after it was granted, deleting the keys
/// attached to it; refresh then reports it deleted, and the next <c>up</c> grants a new one (keys that use
/// <see cref="LeaseId"/> are updated to it). Deleting the resource revokes the lease.
/// </summary>
public sealed class Lease : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "etcd:index/lease:Lease";

    /// <summary>Creates the resource.</summary>
    public Lease(string name, LeaseArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        LeaseId = GetOutput<string>("leaseId");
        Ttl = GetOutput<int>("ttl");
    }

    /// <summary>The lease ID in decimal (etcd IDs exceed the range of JSON numbers).</summary>
    public Output<string> LeaseId { get; }

    /// <summary>The TTL etcd granted (etcd may raise a very short TTL to its minimum).</summary>
    public Output<int> Ttl { get; }
}
