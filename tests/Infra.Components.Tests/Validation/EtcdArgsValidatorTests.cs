using Infra.Components.Etcd;

namespace Infra.Components.Tests.Validation;

public sealed class EtcdArgsValidatorTests
{
    public static TheoryData<string, EtcdClusterArgs, string?> Cases => new()
    {
        { "defaults", new EtcdClusterArgs { Namespace = "data" }, null },
        { "five members in production", new EtcdClusterArgs { Namespace = "data", Members = 5, Production = true }, null },
        { "even members", new EtcdClusterArgs { Namespace = "data", Members = 4 }, "Members: must be odd" },
        { "zero members", new EtcdClusterArgs { Namespace = "data", Members = 0 }, "Members: must be between 1 and 7" },
        { "one member in production", new EtcdClusterArgs { Namespace = "data", Members = 1, Production = true }, "Members: must be at least 3 in a production stack" },
        { "TLS off in production", new EtcdClusterArgs { Namespace = "data", TlsEnabled = false, Production = true }, "TlsEnabled: must be true in a production stack" },
        { "TLS off outside production", new EtcdClusterArgs { Namespace = "data", TlsEnabled = false }, null },
        { "size without unit", new EtcdClusterArgs { Namespace = "data", Storage = new StorageArgs { Size = "10" } }, "Storage.Size: must be a size like 10Gi" },
        { "size too small", new EtcdClusterArgs { Namespace = "data", Storage = new StorageArgs { Size = "512Mi" } }, "Storage.Size: must be at least 1024Mi" },
        { "bad namespace", new EtcdClusterArgs { Namespace = "Data_1" }, "Namespace: must be a lowercase RFC 1123 label" },
        { "bad cron", new EtcdClusterArgs { Namespace = "data", Maintenance = new EtcdMaintenanceArgs { DefragSchedule = "weekly" } }, "Maintenance.DefragSchedule: must be a five-field cron schedule" },
        { "bad backup size", new EtcdClusterArgs { Namespace = "data", Maintenance = new EtcdMaintenanceArgs { BackupStorage = new StorageArgs { Size = "1TB" } } }, "Maintenance.BackupStorage.Size" },
        { "quota too large", new EtcdClusterArgs { Namespace = "data", QuotaBackendBytes = 16L * 1024 * 1024 * 1024 }, "QuotaBackendBytes: must be between" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Args_ReportsProblemNamingTheArg(string scenario, EtcdClusterArgs args, string? expected)
    {
        var check = EtcdArgsValidator.Check("etcd", args);
        if (expected is null)
        {
            Assert.True(check.Problems.Count == 0, scenario + ": " + string.Join("; ", check.Problems));
            check.ThrowIfAny();
        }
        else
        {
            Assert.Contains(check.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
            var error = Assert.Throws<ConfigException>(check.ThrowIfAny);
            Assert.Contains("EtcdCluster 'etcd'", error.Message, StringComparison.Ordinal);
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }
}
