using System.Text.Json.Nodes;
using Infra.Components.Consul;

namespace Infra.Components.Tests.Rendering;

public sealed class ConsulConfigFilesTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Server_Servers_ExpectsEveryServerAndJoinsEach(int servers)
    {
        var t = new ConsulTopology("c", "ns", servers, "dc1", Tls: true);
        var json = JsonNode.Parse(ConsulConfigFiles.Server(t, new ConsulClusterArgs { Namespace = "ns", Servers = servers }))!;
        Assert.Equal(servers, (int)json["bootstrap_expect"]!);
        Assert.Equal(servers, json["retry_join"]!.AsArray().Count);
        Assert.Equal("deny", (string?)json["acl"]!["default_policy"]);
        Assert.True((bool)json["acl"]!["enabled"]!);
        Assert.True((bool)json["auto_encrypt"]!["allow_tls"]!);
    }

    [Fact]
    public void Server_AnyArgs_HoldsNoSecrets()
    {
        var t = new ConsulTopology("c", "ns", 3, "dc1", Tls: true);
        var json = JsonNode.Parse(ConsulConfigFiles.Server(t, new ConsulClusterArgs { Namespace = "ns" }))!.AsObject();
        Assert.False(json.ContainsKey("encrypt"));
        Assert.False(json["acl"]!.AsObject().ContainsKey("tokens"));
        Assert.DoesNotContain("PRIVATE KEY", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Server_SecondaryDatacenter_FederatesThroughPrimaryGateways()
    {
        var args = new ConsulClusterArgs
        {
            Namespace = "ns",
            Datacenter = "dc2",
            WanFederation = new ConsulWanFederationArgs { PrimaryDatacenter = "dc1", PrimaryGateways = ["gw.dc1:443"] },
        };
        var json = JsonNode.Parse(ConsulConfigFiles.Server(new ConsulTopology("c", "ns", 3, "dc2", true), args))!;
        Assert.Equal("dc1", (string?)json["primary_datacenter"]);
        Assert.Equal("gw.dc1:443", (string?)json["primary_gateways"]![0]);
        Assert.True((bool)json["connect"]!["enable_mesh_gateway_wan_federation"]!);
    }

    [Fact]
    public void Client_Tls_UsesAutoEncrypt()
    {
        var json = JsonNode.Parse(ConsulConfigFiles.Client(new ConsulTopology("c", "ns", 3, "dc1", true), new ConsulClusterArgs { Namespace = "ns" }))!;
        Assert.True((bool)json["auto_encrypt"]!["tls"]!);
        Assert.False((bool)json["server"]!);
    }
}
