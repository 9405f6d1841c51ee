using Infra.Components.Consul;
using Infra.Components.Etcd;
using Infra.Components.Tests.Support;
using Infra.Components.Vault;
using Infra.Testing;

namespace Infra.Components.Tests.Snapshots;

public sealed class ComponentSnapshotTests
{
    public static TheoryData<string> Components => new() { "etcd", "consul", "vault" };

    [Theory]
    [MemberData(nameof(Components))]
    public async Task Preview_Component_MatchesSnapshot(string component)
    {
        var plan = await Previews.RunAsync(() => new ComponentStack(() => Create(component)), "test", Previews.RenderConfig);
        PlanSnapshot.Verify(plan, $"Verified/{component}");
    }

    [Fact]
    public async Task Preview_InvalidArgs_FailsNamingTheArg()
    {
        var error = await Assert.ThrowsAsync<StackSnapshotException>(() => Previews.RunAsync(
            () => new ComponentStack(() => _ = new EtcdCluster("etcd", new EtcdClusterArgs { Namespace = "data", Members = 4 })), "test", Previews.RenderConfig));
        Assert.Contains("Members: must be odd", error.Message, StringComparison.Ordinal);
    }

    private static void Create(string component)
    {
        switch (component)
        {
            case "etcd":
                _ = new EtcdCluster("etcd", new EtcdClusterArgs { Namespace = "data", AuthEnabled = true, Production = true });
                break;
            case "consul":
                _ = new ConsulCluster("consul", new ConsulClusterArgs { Namespace = "consul", ClientsEnabled = true, Production = true });
                break;
            default:
                _ = new VaultCluster("vault", new VaultClusterArgs
                {
                    Namespace = "vault",
                    Production = true,
                    InjectorEnabled = true,
                    Unseal = new VaultUnsealArgs { Mode = VaultUnsealMode.Transit, TransitAddress = "https://transit:8200", TransitKeyName = "unseal", TransitTokenSecretName = "transit-token" },
                    Audit = new VaultAuditArgs { EnableTokenSecretName = "vault-audit-token" },
                });
                break;
        }
    }
}
