using System.Text.RegularExpressions;

namespace Infra.Components.Etcd;

/// <summary>Checks <see cref="EtcdClusterArgs"/>, naming each bad argument.</summary>
internal static partial class EtcdArgsValidator
{
    public static ArgumentCheck Check(string name, EtcdClusterArgs args)
    {
        var check = new ArgumentCheck($"EtcdCluster '{name}'")
            .DnsLabel(name, "name")
            .DnsLabel(args.Namespace, nameof(args.Namespace))
            .QuorumMembers(args.Members, nameof(args.Members), args.Production)
            .StorageSize(args.Storage.Size, $"{nameof(args.Storage)}.{nameof(StorageArgs.Size)}")
            .Require(args.TlsEnabled || !args.Production, nameof(args.TlsEnabled), "must be true in a production stack: etcd peer and client traffic carries cluster secrets")
            .Require(args.QuotaBackendBytes is >= 64L * 1024 * 1024 and <= 8L * 1024 * 1024 * 1024, nameof(args.QuotaBackendBytes), $"must be between 64 MiB and 8 GiB (etcd's suggested maximum), got {args.QuotaBackendBytes}");
        if (args.Maintenance is { } maintenance)
        {
            var prefix = nameof(args.Maintenance);
            check.Require(maintenance.DefragSchedule is null || CronPattern().IsMatch(maintenance.DefragSchedule), $"{prefix}.{nameof(maintenance.DefragSchedule)}", $"must be a five-field cron schedule, got '{maintenance.DefragSchedule}'")
                .Require(maintenance.BackupSchedule is null || CronPattern().IsMatch(maintenance.BackupSchedule), $"{prefix}.{nameof(maintenance.BackupSchedule)}", $"must be a five-field cron schedule, got '{maintenance.BackupSchedule}'")
                .Require(maintenance.BackupsToKeep >= 1, $"{prefix}.{nameof(maintenance.BackupsToKeep)}", $"must be at least 1, got {maintenance.BackupsToKeep}");
            if (maintenance.BackupSchedule is not null)
            {
                check.StorageSize(maintenance.BackupStorage.Size, $"{prefix}.{nameof(maintenance.BackupStorage)}.{nameof(StorageArgs.Size)}");
            }
        }
        return check;
    }

    [GeneratedRegex(@"^\S+ \S+ \S+ \S+ \S+$")]
    private static partial Regex CronPattern();
}
