using Infra.Etcd.Client;

namespace Infra.Backends.Etcd;

/// <summary>Where and how the etcd backend keeps state.</summary>
/// <param name="Connection">The cluster to use.</param>
/// <param name="Prefix">The key prefix (without a trailing slash), e.g. <c>infra</c>; stacks live under <c>PREFIX/stacks/NAME/</c>.</param>
/// <param name="LockTtl">
/// The TTL of the lease a stack lock is attached to. A holder refreshes it every third of the TTL while it runs;
/// when a holder dies, its lock disappears by itself at most this long after the last refresh.
/// </param>
public sealed record EtcdBackendSettings(EtcdConnectionOptions Connection, string Prefix, TimeSpan LockTtl)
{
    /// <summary>The default lock TTL: 10 seconds.</summary>
    public static readonly TimeSpan DefaultLockTtl = TimeSpan.FromSeconds(10);

    /// <summary>The backend URL for messages (no credentials).</summary>
    public string Url => $"etcd://{Connection.EndpointList}/{Prefix}";
}
