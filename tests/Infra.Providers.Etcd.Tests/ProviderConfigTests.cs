using System.Net;
using System.Net.Sockets;
using Infra.Etcd;
using Infra.Properties;
using static Infra.Providers.Etcd.Tests.ProviderHarness;

namespace Infra.Providers.Etcd.Tests;

public sealed class ProviderConfigTests
{
    public static TheoryData<string, string, (string, string, bool)[], string> BadConfig => new()
    {
        { "EndpointWithoutPort", "nohost", [], "config 'etcd:endpoints': endpoint 'nohost' must be host:port." },
        { "PortNotNumber", "127.0.0.1:http", [], "config 'etcd:endpoints': endpoint '127.0.0.1:http' has port 'http', expected a number from 1 to 65535." },
        { "MixedSchemes", "http://a:1,https://b:2", [], "config 'etcd:endpoints': endpoints mix http:// and https://; use one scheme for all." },
        { "TimeoutNotNumber", "127.0.0.1:2379", [("timeout", "soon", false)], "config 'etcd:timeout' must be a whole number of seconds from 1 to 600, got 'soon'." },
        { "CertWithoutKey", "127.0.0.1:2379", [("cert", "client.pem", false)], "config 'etcd:cert' and 'etcd:key' must be set together (a client certificate and its private key)." },
        { "UnknownKey", "127.0.0.1:2379", [("endpoint", "127.0.0.1:2379", false)], "unknown config key 'etcd:endpoint' (expected one of etcd:endpoints, etcd:username, etcd:password, etcd:tls, etcd:caCert, etcd:cert, etcd:key, etcd:timeout)." },
    };

    public static TheoryData<string, string, PropertyMap, string[]> CheckCases => new()
    {
        { "KeyMissing", Key.TypeToken, Map(("value", "v")), ["key"] },
        { "LeaseIdNotNumber", Key.TypeToken, Map(("key", "/k"), ("value", "v"), ("leaseId", "abc")), ["leaseId"] },
        { "KeyUnknownDuringPreview", Key.TypeToken, Map(("key", PropertyValue.Unknown), ("value", "v"), ("leaseId", PropertyValue.Unknown)), [] },
        { "LeaseTtlZero", Lease.TypeToken, Map(("ttl", 0)), ["ttl"] },
        { "RoleBadPermission", Role.TypeToken, Map(("name", "r"), ("permissions", new[] { Map(("key", "/a"), ("permission", "admin")) })), ["permissions[0].permission"] },
        { "RolePrefixAndRangeEnd", Role.TypeToken, Map(("name", "r"), ("permissions", new[] { Map(("key", "/a"), ("permission", "read"), ("prefix", true), ("rangeEnd", "/b")) })), ["permissions[0].rangeEnd"] },
        { "UserWithoutPassword", User.TypeToken, Map(("name", "u")), ["password"] },
    };

    [Theory]
    [MemberData(nameof(BadConfig))]
    public async Task CreateAsync_BadConfig_FailsNamingTheKey(string name, string endpoints, (string, string, bool)[] config, string expected)
    {
        var provider = Provider(endpoints, config);

        var error = await Assert.ThrowsAsync<ProviderException>(() => provider.CreateAsync(new CreateRequest("urn:key", Key.TypeToken, Map(("key", "/k"), ("value", "v")), null), CancellationToken.None));

        Assert.Equal(expected, error.Message);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(CheckCases))]
    public async Task CheckAsync_Inputs_ReportsFailingProperties(string name, string type, PropertyMap inputs, string[] expected)
    {
        var check = await Provider("127.0.0.1:2379").CheckAsync(new CheckRequest("urn:" + name, type, null, inputs), CancellationToken.None);

        Assert.Equal(expected, check.Failures.Select(f => f.Property));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public async Task CreateAsync_EtcdUnreachable_FailsNamingTheEndpoint()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var provider = Provider($"127.0.0.1:{port}", ("timeout", "2", false));

        var error = await Assert.ThrowsAsync<ProviderException>(() => provider.CreateAsync(new CreateRequest("urn:key", Key.TypeToken, Map(("key", "/k"), ("value", "v")), null), CancellationToken.None));

        Assert.StartsWith($"etcd at 127.0.0.1:{port} ", error.Message, StringComparison.Ordinal);
        Assert.Contains("while creating key '/k'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("check that etcd is running there and that the address is right.", error.Message, StringComparison.Ordinal);
    }
}
