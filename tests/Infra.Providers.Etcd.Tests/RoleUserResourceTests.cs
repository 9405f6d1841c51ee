using Etcdserverpb;
using Google.Protobuf;
using Infra.Backends.Tests.Server;
using Infra.Etcd;
using Infra.Properties;
using static Infra.Providers.Etcd.Tests.ProviderHarness;

namespace Infra.Providers.Etcd.Tests;

public sealed class RoleUserResourceTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>
{
    private static PropertyMap Permission(string key, string permission, bool prefix = false) =>
        prefix ? Map(("key", key), ("permission", permission), ("prefix", true)) : Map(("key", key), ("permission", permission));

    [SkippableFact]
    public async Task Role_CreateUpdateReadDelete_KeepsEtcdInStep()
    {
        var provider = Provider(etcd.Server.Endpoint);
        var name = Unique("app");
        var first = Map(("name", name), ("permissions", new[] { Permission("/app/", "readwrite", prefix: true), Permission("/shared/flag", "read") }));
        var created = await provider.CreateAsync(new CreateRequest("urn:role", Role.TypeToken, first, null), CancellationToken.None);
        using var raw = Raw(etcd.Server.Endpoint);

        var live = await raw.Client.RoleGetAsync(new AuthRoleGetRequest { Role = name });
        Assert.Equal(["/app/../app0 readwrite", "/shared/flag.. read"], live.Perm.Select(p => $"{p.Key.ToStringUtf8()}..{p.RangeEnd.ToStringUtf8()} {p.PermType.ToString().ToLowerInvariant()}").Order(StringComparer.Ordinal));

        var second = Map(("name", name), ("permissions", new[] { Permission("/app/", "read", prefix: true) }));
        var diff = await provider.DiffAsync(new DiffRequest("urn:role", Role.TypeToken, name, first, created.Outputs, second), CancellationToken.None);
        Assert.Equal(["permissions"], diff.ChangedPaths);
        var updated = await provider.UpdateAsync(new UpdateRequest("urn:role", Role.TypeToken, name, first, created.Outputs, second, null), CancellationToken.None);
        live = await raw.Client.RoleGetAsync(new AuthRoleGetRequest { Role = name });
        Assert.Equal(["/app/../app0 read"], live.Perm.Select(p => $"{p.Key.ToStringUtf8()}..{p.RangeEnd.ToStringUtf8()} {p.PermType.ToString().ToLowerInvariant()}"));

        await raw.Client.RoleGrantPermissionAsync(new AuthRoleGrantPermissionRequest { Name = name, Perm = new Authpb.Permission { Key = ByteString.CopyFromUtf8("/extra"), PermType = Authpb.Permission.Types.Type.Write } });
        var drifted = await provider.ReadAsync(new ReadRequest("urn:role", Role.TypeToken, name, second, updated.Outputs), CancellationToken.None);
        Assert.NotEqual(updated.Outputs, drifted.Outputs);
        Assert.Equal(["permissions"], (await provider.DiffAsync(new DiffRequest("urn:role", Role.TypeToken, name, second, drifted.Outputs, second), CancellationToken.None)).ChangedPaths);

        await provider.DeleteAsync(new DeleteRequest("urn:role", Role.TypeToken, name, second, drifted.Outputs, null), CancellationToken.None);
        Assert.Null((await provider.ReadAsync(new ReadRequest("urn:role", Role.TypeToken, name, second, null), CancellationToken.None)).Id);
    }

    [SkippableFact]
    public async Task User_CreateUpdateRolesDelete_KeepsEtcdInStepWithoutPasswordInOutputs()
    {
        var provider = Provider(etcd.Server.Endpoint);
        var reader = Unique("reader");
        var writer = Unique("writer");
        foreach (var role in new[] { reader, writer })
        {
            await provider.CreateAsync(new CreateRequest("urn:role", Role.TypeToken, Map(("name", role)), null), CancellationToken.None);
        }
        var name = Unique("svc");
        var password = PropertyValue.MakeSecret(PropertyValue.Create("s3cret-pw"));
        var first = Map(("name", name), ("password", password), ("roles", new[] { reader }));
        var created = await provider.CreateAsync(new CreateRequest("urn:user", User.TypeToken, first, null), CancellationToken.None);
        using var raw = Raw(etcd.Server.Endpoint);
        Assert.Equal([reader], (await raw.Client.UserGetAsync(new AuthUserGetRequest { Name = name })).Roles);
        Assert.DoesNotContain("s3cret-pw", created.Outputs.ToString() ?? "", StringComparison.Ordinal);
        Assert.False(created.Outputs.ContainsKey("password"));

        var second = Map(("name", name), ("password", PropertyValue.MakeSecret(PropertyValue.Create("n3w-pw"))), ("roles", new[] { writer }));
        var diff = await provider.DiffAsync(new DiffRequest("urn:user", User.TypeToken, name, first, created.Outputs, second), CancellationToken.None);
        Assert.Equal(["password", "roles"], diff.ChangedPaths);
        await provider.UpdateAsync(new UpdateRequest("urn:user", User.TypeToken, name, first, created.Outputs, second, null), CancellationToken.None);
        Assert.Equal([writer], (await raw.Client.UserGetAsync(new AuthUserGetRequest { Name = name })).Roles);

        var byName = await provider.ReadAsync(new ReadRequest("urn:user", User.TypeToken, null, second, null), CancellationToken.None);
        Assert.Equal(name, byName.Id);

        await provider.DeleteAsync(new DeleteRequest("urn:user", User.TypeToken, name, second, created.Outputs, null), CancellationToken.None);
        Assert.Null((await provider.ReadAsync(new ReadRequest("urn:user", User.TypeToken, name, second, null), CancellationToken.None)).Id);
    }
}
