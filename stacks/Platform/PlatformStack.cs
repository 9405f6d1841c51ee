using Infra;
using Infra.Components;
using Infra.Components.Etcd;

namespace Platform;

/// <summary>The platform: data-service clusters per environment.</summary>
public sealed class PlatformStack : Stack
{
    /// <summary>Builds the platform from the stack's configuration.</summary>
    public PlatformStack()
    {
        var etcd = new EtcdCluster("etcd", new EtcdClusterArgs { Namespace = "data" });
        EtcdEndpoint = etcd.ClientEndpoint;
    }

    /// <summary>The etcd endpoint.</summary>
    [Output]
    public Output<string> EtcdEndpoint { get; }
}
