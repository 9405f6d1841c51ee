using Infra.Testing;
using Infra.Backends.Tests.Server;
using Infra.Backends.Tests.Stacks;
using Infra.Engine.Operations;
using Infra.Etcd.Client;
using Infra.Etcd.Provider;

namespace Infra.Backends.Tests;

/// <summary>etcd resources through whole runs (state in etcd too): drift, leases, destroy.</summary>
public sealed class StackResourceTests(EtcdFixture etcd) : IClassFixture<EtcdFixture>
{
    [SkippableFact]
    public async Task RefreshThenUp_KeyChangedAndDeletedByHand_ReportsDriftAndRestoresValues()
    {
        var root = "/drift-" + Guid.NewGuid().ToString("N")[..8];
        using var project = TestProject.Create(etcd.Server.Endpoint);
        await using var workspace = project.Workspace($"etcd://{etcd.Server.Endpoint}/drift-state");
        var program = TestProject.Program(root, 2);
        Assert.Equal(ExitCodes.Ok, (await TestProject.Operations(workspace, new RecordingUserInterface()).UpAsync(program, TestProject.Options, CancellationToken.None)).ExitCode);
        using var raw = new EtcdSession(new EtcdConnectionOptions { Endpoints = [etcd.Server.Endpoint] });
        await raw.Client.PutAsync(root + "/k0", "edited by hand");
        await raw.Client.DeleteAsync(root + "/k1");

        var ui = new RecordingUserInterface();
        var refresh = await TestProject.Operations(workspace, ui).RefreshAsync(program, TestProject.Options, CancellationToken.None);
        var up = await TestProject.Operations(workspace, new RecordingUserInterface()).UpAsync(program, TestProject.Options, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, refresh.ExitCode);
        Assert.Contains("info: ~ urn:pulumi:dev::etcdtest::etcd:index/key:Key::k0: changed outside Infra (value)", ui.Lines);
        Assert.Contains("info: - urn:pulumi:dev::etcdtest::etcd:index/key:Key::k1: deleted outside Infra", ui.Lines);
        Assert.Equal(ExitCodes.Ok, up.ExitCode);
        Assert.Equal(new Dictionary<string, int> { ["create"] = 1, ["same"] = 1, ["update"] = 1 }, up.Plan!.Summary.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());
        Assert.Equal("value 0", await raw.Client.GetValAsync(root + "/k0"));
        Assert.Equal("value 1", await raw.Client.GetValAsync(root + "/k1"));
    }

    [SkippableFact]
    public async Task UpThenDestroy_KeyOnLeaseOutput_AttachesKeyThenRevokesLease()
    {
        var key = "/leased-" + Guid.NewGuid().ToString("N")[..8];
        using var project = TestProject.Create(etcd.Server.Endpoint);
        await using var workspace = project.Workspace($"etcd://{etcd.Server.Endpoint}/lease-state");
        var program = new StackProgram(() => new LeasedKeyStack(key), null, [new EtcdProviderFactory()]);
        using var raw = new EtcdSession(new EtcdConnectionOptions { Endpoints = [etcd.Server.Endpoint] });

        var up = await TestProject.Operations(workspace, new RecordingUserInterface()).UpAsync(program, TestProject.Options, CancellationToken.None);
        var stored = (await raw.Client.GetAsync(key)).Kvs.Single();
        var leaseLeft = await raw.Client.LeaseTimeToLiveAsync(new Etcdserverpb.LeaseTimeToLiveRequest { ID = stored.Lease });
        var destroy = await TestProject.Operations(workspace, new RecordingUserInterface()).DestroyAsync(program, TestProject.Options, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, up.ExitCode);
        Assert.Equal("alive", stored.Value.ToStringUtf8());
        Assert.InRange(leaseLeft.TTL, 100, 120);
        Assert.Equal(ExitCodes.Ok, destroy.ExitCode);
        Assert.Empty((await raw.Client.GetAsync(key)).Kvs);
        Assert.Equal(-1, (await raw.Client.LeaseTimeToLiveAsync(new Etcdserverpb.LeaseTimeToLiveRequest { ID = stored.Lease })).TTL);
    }
}
