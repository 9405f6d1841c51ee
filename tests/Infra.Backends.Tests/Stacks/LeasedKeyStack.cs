using Infra.Etcd;

namespace Infra.Backends.Tests.Stacks;

/// <summary>A lease and a key attached to it through the lease's output.</summary>
public sealed class LeasedKeyStack : Stack
{
    public LeasedKeyStack(string key)
    {
        var lease = new Lease("session", new LeaseArgs { Ttl = 120 });
        _ = new Key("leased", new KeyArgs { Key = key, Value = "alive", LeaseId = lease.LeaseId });
    }
}
