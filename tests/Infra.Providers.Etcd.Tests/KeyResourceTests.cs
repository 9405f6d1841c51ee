using Infra.Backends.Tests.Server;
using Infra.Etcd;
using Infra.Properties;
using static Infra.Providers.Etcd.Tests.ProviderHarness;

namespace Infra.Providers.Etcd.Tests;

public sealed class KeyResourceTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>
{
    private static CreateRequest Create(PropertyMap inputs) => new("urn:key", Key.TypeToken, inputs, null);

    [SkippableFact]
    public async Task CreateAsync_NewKey_PutsValueAndUsesKeyAsId()
    {
        var key = Unique("/app/config");
        var created = await Provider(etcd.Server.Endpoint).CreateAsync(Create(Map(("key", key), ("value", "v1"))), CancellationToken.None);

        using var raw = Raw(etcd.Server.Endpoint);
        Assert.Equal(key, created.Id);
        Assert.Equal("v1", await raw.Client.GetValAsync(key));
        Assert.Equal(Map(("key", key), ("value", "v1"), ("leaseId", "")), created.Outputs);
    }

    [SkippableFact]
    public async Task CreateAsync_KeyExists_FailsWithoutOverwriting()
    {
        var key = Unique("/taken");
        using var raw = Raw(etcd.Server.Endpoint);
        await raw.Client.PutAsync(key, "theirs");

        var error = await Assert.ThrowsAsync<ProviderException>(() => Provider(etcd.Server.Endpoint).CreateAsync(Create(Map(("key", key), ("value", "ours"))), CancellationToken.None));

        Assert.Equal($"key '{key}' already exists in etcd at {etcd.Server.Endpoint}; Infra does not overwrite keys it did not create: delete it first, or use another key.", error.Message);
        Assert.Equal("theirs", await raw.Client.GetValAsync(key));
    }

    [SkippableFact]
    public async Task ReadAsync_ValueChangedOutsideInfra_ShowsDriftThatDiffUndoes()
    {
        var key = Unique("/drift");
        var provider = Provider(etcd.Server.Endpoint);
        var inputs = Map(("key", key), ("value", "wanted"));
        var created = await provider.CreateAsync(Create(inputs), CancellationToken.None);
        using var raw = Raw(etcd.Server.Endpoint);
        await raw.Client.PutAsync(key, "changed by hand");

        var live = await provider.ReadAsync(new ReadRequest("urn:key", Key.TypeToken, created.Id, inputs, created.Outputs), CancellationToken.None);
        var diff = await provider.DiffAsync(new DiffRequest("urn:key", Key.TypeToken, created.Id, inputs, live.Outputs, inputs), CancellationToken.None);

        Assert.Equal("changed by hand", live.Outputs["value"].StringValue);
        Assert.Equal(["value"], diff.ChangedPaths);
        Assert.Empty(diff.ReplacePaths);
    }

    [SkippableFact]
    public async Task ReadAsync_NullId_FindsKeyByNameFromInputs()
    {
        var key = Unique("/interrupted");
        using var raw = Raw(etcd.Server.Endpoint);
        await raw.Client.PutAsync(key, "made before the crash");

        var live = await Provider(etcd.Server.Endpoint).ReadAsync(new ReadRequest("urn:key", Key.TypeToken, null, Map(("key", key), ("value", "made before the crash")), null), CancellationToken.None);

        Assert.Equal(key, live.Id);
        Assert.Equal("made before the crash", live.Outputs["value"].StringValue);
    }

    [SkippableFact]
    public async Task ReadAsync_MissingKey_ReturnsNotFound()
    {
        var provider = Provider(etcd.Server.Endpoint);
        var key = Unique("/never");

        Assert.Null((await provider.ReadAsync(new ReadRequest("urn:key", Key.TypeToken, key, Map(("key", key), ("value", "x")), null), CancellationToken.None)).Id);
        Assert.Null((await provider.ReadAsync(new ReadRequest("urn:key", Key.TypeToken, null, Map(("key", key), ("value", "x")), null), CancellationToken.None)).Id);
    }

    [SkippableFact]
    public async Task ReadAsync_SecretValue_StaysSecret()
    {
        var key = Unique("/secret");
        var provider = Provider(etcd.Server.Endpoint);
        var inputs = Map(("key", key), ("value", PropertyValue.MakeSecret(PropertyValue.Create("hunter2"))));
        var created = await provider.CreateAsync(Create(inputs), CancellationToken.None);

        var live = await provider.ReadAsync(new ReadRequest("urn:key", Key.TypeToken, created.Id, inputs, created.Outputs), CancellationToken.None);

        Assert.Equal(PropertyValueKind.Secret, live.Outputs["value"].Kind);
        Assert.Equal("hunter2", live.Outputs["value"].SecretValue.StringValue);
    }

    [SkippableFact]
    public async Task UpdateAndDeleteAsync_ChangeThenRemoveTheKey()
    {
        var key = Unique("/lifecycle");
        var provider = Provider(etcd.Server.Endpoint);
        var created = await provider.CreateAsync(Create(Map(("key", key), ("value", "one"))), CancellationToken.None);
        using var raw = Raw(etcd.Server.Endpoint);

        await provider.UpdateAsync(new UpdateRequest("urn:key", Key.TypeToken, created.Id, Map(("key", key), ("value", "one")), created.Outputs, Map(("key", key), ("value", "two")), null), CancellationToken.None);
        Assert.Equal("two", await raw.Client.GetValAsync(key));

        await provider.DeleteAsync(new DeleteRequest("urn:key", Key.TypeToken, created.Id, Map(("key", key), ("value", "two")), created.Outputs, null), CancellationToken.None);
        Assert.Empty((await raw.Client.GetAsync(key)).Kvs);
    }

    [SkippableFact]
    public async Task LeaseDelete_KeyAttachedToLease_IsDeletedWithIt()
    {
        var provider = Provider(etcd.Server.Endpoint);
        var lease = await provider.CreateAsync(new CreateRequest("urn:lease", Lease.TypeToken, Map(("ttl", 60)), null), CancellationToken.None);
        var key = Unique("/leased");
        await provider.CreateAsync(Create(Map(("key", key), ("value", "v"), ("leaseId", lease.Id))), CancellationToken.None);
        using var raw = Raw(etcd.Server.Endpoint);
        Assert.Equal(long.Parse(lease.Id, System.Globalization.CultureInfo.InvariantCulture), (await raw.Client.GetAsync(key)).Kvs[0].Lease);
        Assert.Equal(lease.Id, (await provider.ReadAsync(new ReadRequest("urn:lease", Lease.TypeToken, lease.Id, Map(("ttl", 60)), lease.Outputs), CancellationToken.None)).Id);

        await provider.DeleteAsync(new DeleteRequest("urn:lease", Lease.TypeToken, lease.Id, Map(("ttl", 60)), lease.Outputs, null), CancellationToken.None);

        Assert.Empty((await raw.Client.GetAsync(key)).Kvs);
        Assert.Null((await provider.ReadAsync(new ReadRequest("urn:lease", Lease.TypeToken, lease.Id, Map(("ttl", 60)), lease.Outputs), CancellationToken.None)).Id);
        Assert.Null((await provider.ReadAsync(new ReadRequest("urn:key", Key.TypeToken, key, Map(("key", key), ("value", "v")), null), CancellationToken.None)).Id);
    }

    [SkippableFact]
    public async Task LeaseDiff_TtlChanged_Replaces()
    {
        var diff = await Provider(etcd.Server.Endpoint).DiffAsync(new DiffRequest("urn:lease", Lease.TypeToken, "1", Map(("ttl", 60)), Map(("ttl", 60), ("leaseId", "1")), Map(("ttl", 120))), CancellationToken.None);

        Assert.Equal(["ttl"], diff.ReplacePaths);
    }
}
