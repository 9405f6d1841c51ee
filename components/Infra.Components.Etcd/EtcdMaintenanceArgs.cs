namespace Infra.Components.Etcd;

/// <summary>Maintenance CronJobs of an <see cref="EtcdCluster"/>.</summary>
public sealed record EtcdMaintenanceArgs
{
    /// <summary>Cron schedule of <c>etcdctl defrag --cluster</c> (default Sundays 03:00); null disables it.</summary>
    public string? DefragSchedule { get; init; } = "0 3 * * 0";

    /// <summary>Cron schedule of <c>etcdctl snapshot save</c> into a backup volume (default daily 02:00); null disables it.</summary>
    public string? BackupSchedule { get; init; } = "0 2 * * *";

    /// <summary>The backup volume (default 20Gi on the default StorageClass).</summary>
    public StorageArgs BackupStorage { get; init; } = new() { Size = "20Gi" };

    /// <summary>How many snapshots to keep (default 7).</summary>
    public int BackupsToKeep { get; init; } = 7;

    /// <summary>An image with a shell and <c>etcdctl</c> for backups and enabling auth (default <c>bitnami/etcd:3.5.17</c>).</summary>
    public string ToolsImage { get; init; } = "bitnami/etcd:3.5.17";
}
