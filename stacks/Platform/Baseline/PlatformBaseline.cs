using Infra;
using Infra.Components.Consul;
using Infra.Components.Vault;
using Platform.Settings;

namespace Platform.Baseline;

/// <summary>
/// Configures the Vault and Consul the platform deploys (engines, Kubernetes logins, least-privilege policies, ACLs and
/// intentions). They are applied only when the stack config names an address this machine can reach
/// (<c>vault:address</c>, <c>consul:address</c>, e.g. a port-forward); otherwise they stay in the plan and state as
/// pending, and the providers warn that nothing was applied.
/// </summary>
internal static class PlatformBaseline
{
    /// <summary>Declares both baselines after their clusters.</summary>
    public static void Declare(PlatformSettings settings, VaultCluster vault, ConsulCluster consul)
    {
        var vaultAddress = new Config("vault").Get("address");
        _ = new VaultBaseline("vault-baseline", new VaultBaselineArgs
        {
            Address = vaultAddress is null ? vault.Endpoint : Output.Create(vaultAddress),
            CaCertPem = vault.CaCertPem,
            Apply = vaultAddress is not null,
            CertificateDomain = "svc.cluster.local",
            Workloads =
            [
                new VaultWorkloadAccess("consul", settings.Consul.Namespace, "default") { IssueCertificates = true },
                new VaultWorkloadAccess("etcd-backup", settings.Etcd.Namespace, "default") { TransitKey = true },
            ],
        }, new ResourceOptions { DependsOn = [vault] });

        var consulConfig = new Config("consul");
        var consulAddress = consulConfig.Get("address");
        // A token in the stack config wins; else the cluster's own bootstrap (management) token.
        Input<string>? consulToken = null;
        if (consulConfig.GetSecret("token") is null)
        {
            consulToken = consul.AclBootstrapToken;
        }
        _ = new ConsulBaseline("consul-baseline", new ConsulBaselineArgs
        {
            Address = consulAddress is null ? consul.HttpEndpoint : Output.Create(consulAddress),
            CaCertPem = consul.CaCertPem,
            Token = consulToken,
            Apply = consulAddress is not null,
            Services =
            [
                new ConsulServiceAccess("vault", []),
                new ConsulServiceAccess("etcd", []),
                new ConsulServiceAccess("etcd-backup", ["etcd", "vault"]),
            ],
        }, new ResourceOptions { DependsOn = [consul] });
    }
}
