using Infra.Backends.Tests.Server;
using Infra.Etcd;
using Infra.Etcd.Client;
using Infra.Properties;
using static Infra.Providers.Etcd.Tests.ProviderHarness;

namespace Infra.Providers.Etcd.Tests;

/// <summary>Turns auth on, so it has its own etcd (class fixture) and one test that walks the whole lifecycle.</summary>
public sealed class AuthEnableResourceTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>
{
    [SkippableFact]
    public async Task AuthEnable_WithRootUser_RequiresCredentialsUntilDeleted()
    {
        var endpoint = etcd.Server.Endpoint;
        var admin = Provider(endpoint, ("username", "root", false), ("password", "r00t-pw", true));
        var anonymous = Provider(endpoint);
        await admin.CreateAsync(new CreateRequest("urn:role", Role.TypeToken, Map(("name", "root")), null), CancellationToken.None);
        await admin.CreateAsync(new CreateRequest("urn:user", User.TypeToken, Map(("name", "root"), ("password", PropertyValue.MakeSecret(PropertyValue.Create("r00t-pw"))), ("roles", new[] { "root" })), null), CancellationToken.None);
        Assert.Null((await admin.ReadAsync(new ReadRequest("urn:auth", AuthEnable.TypeToken, "auth", PropertyMap.Empty, null), CancellationToken.None)).Id);

        var enabled = await admin.CreateAsync(new CreateRequest("urn:auth", AuthEnable.TypeToken, PropertyMap.Empty, null), CancellationToken.None);

        Assert.Equal("auth", (await admin.ReadAsync(new ReadRequest("urn:auth", AuthEnable.TypeToken, "auth", PropertyMap.Empty, null), CancellationToken.None)).Id);
        var denied = await Assert.ThrowsAsync<ProviderException>(() => anonymous.CreateAsync(new CreateRequest("urn:key", Key.TypeToken, Map(("key", "/locked"), ("value", "x")), null), CancellationToken.None));
        Assert.Contains("set etcd:username and etcd:password", denied.Message, StringComparison.Ordinal);
        await admin.CreateAsync(new CreateRequest("urn:key", Key.TypeToken, Map(("key", "/allowed"), ("value", "x")), null), CancellationToken.None);
        using (var wrongPassword = new EtcdSession(new EtcdConnectionOptions { Endpoints = [endpoint], Username = "root", Password = "wrong" }))
        {
            var error = await Assert.ThrowsAsync<EtcdException>(() => wrongPassword.CallAsync("reading", (h, d, c) => wrongPassword.Client.GetAsync(new Etcdserverpb.RangeRequest { Key = Google.Protobuf.ByteString.CopyFromUtf8("/allowed") }, h, d, c), CancellationToken.None));
            Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong", error.Message.Replace("wrong user", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        await admin.DeleteAsync(new DeleteRequest("urn:auth", AuthEnable.TypeToken, enabled.Id, PropertyMap.Empty, PropertyMap.Empty, null), CancellationToken.None);

        Assert.Null((await admin.ReadAsync(new ReadRequest("urn:auth", AuthEnable.TypeToken, "auth", PropertyMap.Empty, null), CancellationToken.None)).Id);
        await anonymous.CreateAsync(new CreateRequest("urn:key", Key.TypeToken, Map(("key", "/open-again"), ("value", "x")), null), CancellationToken.None);
    }
}
