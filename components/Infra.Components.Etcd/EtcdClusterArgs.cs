namespace Infra.Components.Etcd;

/// <summary>Arguments of an <see cref="EtcdCluster"/>; every default is a production default.</summary>
public sealed record EtcdClusterArgs
{
    /// <summary>The namespace the cluster runs in (must exist).</summary>
    public required string Namespace { get; init; }

    /// <summary>The number of members: odd, 1 to 7; 3 or 5 in production (default 3).</summary>
    public int Members { get; init; } = 3;

    /// <summary>The etcd image (default <c>quay.io/coreos/etcd:v3.5.17</c>).</summary>
    public string Image { get; init; } = "quay.io/coreos/etcd:v3.5.17";

    /// <summary>Each member's data volume (default 10Gi on the default StorageClass; at least 1Gi).</summary>
    public StorageArgs Storage { get; init; } = new();

    /// <summary>Each member's CPU and memory.</summary>
    public ComputeArgs Compute { get; init; } = new();

    /// <summary>Serves peer and client traffic over mutual TLS with certificates from the TLS provider (default true; required in production).</summary>
    public bool TlsEnabled { get; init; } = true;

    /// <summary>Marks the stack as production: TLS is required, at least 3 members, and members must land on distinct nodes.</summary>
    public bool Production { get; init; }

    /// <summary>Enables etcd authentication with a generated root password kept in a Secret (default false).</summary>
    public bool AuthEnabled { get; init; }

    /// <summary>Backend quota in bytes (default 2 GiB; must stay below the volume size).</summary>
    public long QuotaBackendBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Periodic defragmentation and snapshot backups; null disables both.</summary>
    public EtcdMaintenanceArgs? Maintenance { get; init; } = new();
}
