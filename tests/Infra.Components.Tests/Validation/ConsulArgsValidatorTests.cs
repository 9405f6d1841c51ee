using Infra.Components.Consul;

namespace Infra.Components.Tests.Validation;

public sealed class ConsulArgsValidatorTests
{
    public static TheoryData<string, ConsulClusterArgs, string?> Cases => new()
    {
        { "defaults", new ConsulClusterArgs { Namespace = "consul" }, null },
        { "even servers", new ConsulClusterArgs { Namespace = "consul", Servers = 2 }, "Servers: must be odd" },
        { "TLS off in production", new ConsulClusterArgs { Namespace = "consul", TlsEnabled = false, ConnectEnabled = false, Production = true }, "TlsEnabled: must be true in a production stack" },
        { "Connect without TLS", new ConsulClusterArgs { Namespace = "consul", TlsEnabled = false }, "ConnectEnabled: needs TlsEnabled" },
        { "secondary without gateways", new ConsulClusterArgs { Namespace = "consul", Datacenter = "dc2", WanFederation = new ConsulWanFederationArgs { PrimaryDatacenter = "dc1" } }, "WanFederation.PrimaryGateways: must list" },
        { "gateway without port", new ConsulClusterArgs { Namespace = "consul", Datacenter = "dc2", WanFederation = new ConsulWanFederationArgs { PrimaryDatacenter = "dc1", PrimaryGateways = ["gw.example.com"] } }, "WanFederation.PrimaryGateways: entries must be host:port" },
        { "primary federation", new ConsulClusterArgs { Namespace = "consul", WanFederation = new ConsulWanFederationArgs { PrimaryDatacenter = "dc1" } }, null },
        { "bad size", new ConsulClusterArgs { Namespace = "consul", Storage = new StorageArgs { Size = "ten" } }, "Storage.Size" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Args_ReportsProblemNamingTheArg(string scenario, ConsulClusterArgs args, string? expected)
    {
        var problems = ConsulArgsValidator.Check("consul", args).Problems;
        if (expected is null)
        {
            Assert.True(problems.Count == 0, scenario + ": " + string.Join("; ", problems));
        }
        else
        {
            Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        }
    }
}
