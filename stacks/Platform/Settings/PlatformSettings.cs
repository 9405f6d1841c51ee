using Infra;
using Infra.Components;
using Infra.Components.Consul;
using Infra.Components.Etcd;
using Infra.Components.Vault;

namespace Platform.Settings;

/// <summary>The platform's per-environment settings, read from stack config (defaults are declared in Pulumi.yaml).</summary>
public sealed record PlatformSettings(string Environment, EtcdClusterArgs Etcd, ConsulClusterArgs Consul, VaultClusterArgs Vault)
{
    /// <summary>Reads the <c>platform:*</c> keys.</summary>
    public static PlatformSettings Read(Config config)
    {
        var environment = config.Get("environment") ?? "dev";
        var production = config.GetBoolean("production") ?? false;
        var tls = config.GetBoolean("tlsEnabled") ?? true;
        var storageClass = config.Get("storageClass") is { Length: > 0 } sc ? sc : null;
        StorageArgs Storage(string key) => new() { StorageClass = storageClass, Size = config.Get(key) ?? "10Gi" };
        ComputeArgs Compute(string prefix, ComputeArgs defaults) => defaults with
        {
            CpuRequest = config.Get($"{prefix}CpuRequest") ?? defaults.CpuRequest,
            MemoryRequest = config.Get($"{prefix}MemoryRequest") ?? defaults.MemoryRequest,
            MemoryLimit = config.Get($"{prefix}MemoryLimit") ?? defaults.MemoryLimit,
        };

        var etcd = new EtcdClusterArgs
        {
            Namespace = "etcd",
            Members = config.GetInt32("etcdMembers") ?? 3,
            Storage = Storage("etcdStorageSize"),
            Compute = Compute("etcd", new ComputeArgs()),
            TlsEnabled = tls,
            Production = production,
            AuthEnabled = config.GetBoolean("etcdAuth") ?? false,
            Maintenance = new EtcdMaintenanceArgs { BackupStorage = Storage("etcdBackupStorageSize") },
        };
        var consul = new ConsulClusterArgs
        {
            Namespace = "consul",
            Servers = config.GetInt32("consulServers") ?? 3,
            Datacenter = config.Get("consulDatacenter") ?? "dc1",
            Storage = Storage("consulStorageSize"),
            Compute = Compute("consul", new ConsulClusterArgs { Namespace = "consul" }.Compute),
            TlsEnabled = tls,
            Production = production,
            ConnectEnabled = config.GetBoolean("consulConnect") ?? tls,
            ClientsEnabled = config.GetBoolean("consulClients") ?? false,
        };
        var vault = new VaultClusterArgs
        {
            Namespace = "vault",
            Replicas = config.GetInt32("vaultReplicas") ?? 3,
            Storage = Storage("vaultStorageSize"),
            Compute = Compute("vault", new VaultClusterArgs { Namespace = "vault" }.Compute),
            TlsEnabled = tls,
            Production = production,
            Unseal = ReadUnseal(config),
            Audit = new VaultAuditArgs { Storage = Storage("vaultAuditStorageSize") },
            InjectorEnabled = config.GetBoolean("vaultInjector") ?? false,
        };
        return new PlatformSettings(environment, etcd, consul, vault);
    }

    private static VaultUnsealArgs ReadUnseal(Config config)
    {
        var mode = config.Get("vaultUnsealMode") ?? "shamir";
        return mode.ToLowerInvariant() switch
        {
            "shamir" => new VaultUnsealArgs(),
            "transit" => new VaultUnsealArgs
            {
                Mode = VaultUnsealMode.Transit,
                TransitAddress = config.Get("vaultTransitAddress"),
                TransitKeyName = config.Get("vaultTransitKeyName"),
                TransitTokenSecretName = config.Get("vaultTransitTokenSecret"),
            },
            "awskms" => new VaultUnsealArgs { Mode = VaultUnsealMode.AwsKms, AwsRegion = config.Get("vaultAwsRegion"), AwsKmsKeyId = config.Get("vaultAwsKmsKeyId") },
            "gcpckms" => new VaultUnsealArgs
            {
                Mode = VaultUnsealMode.GcpCkms,
                GcpProject = config.Get("vaultGcpProject"),
                GcpRegion = config.Get("vaultGcpRegion"),
                GcpKeyRing = config.Get("vaultGcpKeyRing"),
                GcpCryptoKey = config.Get("vaultGcpCryptoKey"),
            },
            _ => throw new ConfigException($"Configuration key 'platform:vaultUnsealMode' must be shamir, transit, awskms or gcpckms, got '{mode}'."),
        };
    }
}
