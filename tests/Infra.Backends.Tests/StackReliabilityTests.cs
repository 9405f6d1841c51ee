using Infra.Testing;
using System.Diagnostics;
using Infra.Backends.Tests.Server;
using Infra.Backends.Tests.Stacks;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;
using Infra.Etcd.Client;
using Xunit.Abstractions;

namespace Infra.Backends.Tests;

/// <summary>Whole runs through <see cref="StackOperations"/> with state in etcd and etcd keys as resources.</summary>
public sealed class StackReliabilityTests(EtcdFixture etcd, ITestOutputHelper output) : IClassFixture<EtcdFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string BackendUrl(string prefix, string options = "") => $"etcd://{etcd.Server.Endpoint}/{prefix}{options}";

    private static string Unique(string name) => name + "-" + Guid.NewGuid().ToString("N")[..8];

    [SkippableFact]
    public async Task UpAsync_TwoRunsAtOnce_ExactlyOneProceedsOtherNamesHolder()
    {
        var root = "/" + Unique("concurrent");
        using var project = TestProject.Create(etcd.Server.Endpoint);
        var url = BackendUrl(Unique("state"));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var first = project.Workspace(url);
        await using var second = project.Workspace(url);

        var running = TestProject.Operations(first, new RecordingUserInterface()).UpAsync(TestProject.Program(root, 3, async ct =>
        {
            entered.TrySetResult();
            await release.Task.WaitAsync(ct);
        }), TestProject.Options, CancellationToken.None);
        await entered.Task.WaitAsync(Patience);
        var secondCreates = 0;
        var error = await Assert.ThrowsAsync<StateLockedException>(() => TestProject.Operations(second, new RecordingUserInterface()).UpAsync(TestProject.Program(root, 3, _ =>
        {
            Interlocked.Increment(ref secondCreates);
            return Task.CompletedTask;
        }), TestProject.Options, CancellationToken.None));
        release.SetResult();
        var result = await running.WaitAsync(Patience);

        Assert.Equal("up", error.Holder!.Operation);
        Assert.Equal(Environment.ProcessId, error.Holder.ProcessId);
        Assert.StartsWith($"stack 'dev' is locked by {error.Holder}. Wait for it to finish.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, secondCreates);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var raw = new EtcdSession(new EtcdConnectionOptions { Endpoints = [etcd.Server.Endpoint] });
        Assert.Equal(["after the gate", "value 0", "value 1", "value 2"], (await raw.Client.GetRangeAsync(root + "/")).Kvs.Select(kv => kv.Value.ToStringUtf8()).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task ExportImport_FileToEtcdAndBack_KeepsLineageAndSerial()
    {
        var root = "/" + Unique("moved");
        using var project = TestProject.Create(etcd.Server.Endpoint);
        await using var onFile = project.Workspace(null);
        Assert.Equal(ExitCodes.Ok, (await TestProject.Operations(onFile, new RecordingUserInterface()).UpAsync(TestProject.Program(root, 2), TestProject.Options, CancellationToken.None)).ExitCode);
        var fileState = (await onFile.StateFor(TestProject.Stack).LoadAsync(CancellationToken.None)).State;
        var export = Path.Combine(project.Directory, "export.json");
        await File.WriteAllBytesAsync(export, await new StackAdmin(onFile).ExportAsync(TestProject.Stack, showSecrets: false, CancellationToken.None));

        await using var onEtcd = project.Workspace(BackendUrl(Unique("imported")));
        await new StackAdmin(onEtcd).ImportAsync(TestProject.Stack, export, force: false, CancellationToken.None);
        var etcdState = (await onEtcd.StateFor(TestProject.Stack).LoadAsync(CancellationToken.None)).State;
        var again = await TestProject.Operations(onEtcd, new RecordingUserInterface()).UpAsync(TestProject.Program(root, 2), TestProject.Options, CancellationToken.None);

        Assert.Equal((fileState.Lineage, fileState.Serial), (etcdState.Lineage, etcdState.Serial));
        Assert.Equal(fileState.Resources.Select(r => (r.Urn, r.Id)), etcdState.Resources.Select(r => (r.Urn, r.Id)));
        Assert.Equal(ExitCodes.Ok, again.ExitCode);
        Assert.Equal(["same"], again.Plan!.Summary.Keys.Order(StringComparer.Ordinal));

        var back = Path.Combine(project.Directory, "back.json");
        await File.WriteAllBytesAsync(back, await new StackAdmin(onEtcd).ExportAsync(TestProject.Stack, showSecrets: false, CancellationToken.None));
        await using var onOtherFile = project.Workspace("file://" + Path.Combine(project.Directory, "other-state"));
        await new StackAdmin(onOtherFile).ImportAsync(TestProject.Stack, back, force: false, CancellationToken.None);
        var roundTrip = (await onOtherFile.StateFor(TestProject.Stack).LoadAsync(CancellationToken.None)).State;
        Assert.Equal((fileState.Lineage, fileState.Serial, fileState.Resources.Length), (roundTrip.Lineage, roundTrip.Serial, roundTrip.Resources.Length));
    }

    [SkippableFact]
    public async Task UpAsync_EtcdStoppedMidRun_ClearErrorThenNextRunConverges()
    {
        var server = etcd.Server;
        var root = "/" + Unique("outage");
        using var project = TestProject.Create(server.Endpoint);
        var url = BackendUrl(Unique("state"), "?lockTtl=2&timeout=3");
        var gateCalls = 0;
        Func<CancellationToken, Task> stopOnFirstCall = async _ =>
        {
            if (Interlocked.Increment(ref gateCalls) == 1)
            {
                await server.StopAsync();
            }
        };

        InputException outage;
        await using (var workspace = project.Workspace(url))
        {
            outage = await Assert.ThrowsAsync<InputException>(() => TestProject.Operations(workspace, new RecordingUserInterface()).UpAsync(TestProject.Program(root, 3, stopOnFirstCall), TestProject.Options, CancellationToken.None));
        }
        output.WriteLine("error while etcd was down: " + outage.Message);
        Assert.StartsWith($"state backend {url.Split('?')[0]}: etcd at {server.Endpoint} ", outage.Message, StringComparison.Ordinal);
        Assert.Contains("check that etcd is running there and that the address is right.", outage.Message, StringComparison.Ordinal);

        await server.RestartAsync(CancellationToken.None);
        var restarted = Stopwatch.StartNew();
        var ui = new RecordingUserInterface();
        OperationResult? converged = null;
        await using (var workspace = project.Workspace(url))
        {
            while (converged is null)
            {
                try
                {
                    converged = await TestProject.Operations(workspace, ui).UpAsync(TestProject.Program(root, 3, stopOnFirstCall), TestProject.Options, CancellationToken.None);
                }
                catch (StateLockedException) when (restarted.Elapsed < Patience)
                {
                    // The interrupted run could not release its lock while etcd was down; its lease runs out by itself.
                    await Task.Delay(200);
                }
            }
        }
        output.WriteLine($"the interrupted run's lock was free {restarted.Elapsed.TotalSeconds:0.0} s after etcd restarted (lockTtl=2)");
        output.WriteLine(string.Join("\n", ui.Lines));

        Assert.Equal(ExitCodes.Ok, converged.ExitCode);
        Assert.Contains(ui.Lines, line => line.StartsWith("warn: Recovered ", StringComparison.Ordinal));
        using var raw = new EtcdSession(new EtcdConnectionOptions { Endpoints = [server.Endpoint] });
        var keys = (await raw.Client.GetRangeAsync(root + "/")).Kvs;
        Assert.Equal(["after the gate", "value 0", "value 1", "value 2"], keys.Select(kv => kv.Value.ToStringUtf8()).Order(StringComparer.Ordinal));
        await using (var workspace = project.Workspace(url))
        {
            var state = (await workspace.StateFor(TestProject.Stack).LoadAsync(CancellationToken.None)).State;
            Assert.Empty(state.PendingOperations);
            Assert.Equal(5, state.Resources.Count(r => r.Custom));
            var third = await TestProject.Operations(workspace, new RecordingUserInterface()).UpAsync(TestProject.Program(root, 3, stopOnFirstCall), TestProject.Options, CancellationToken.None);
            Assert.Equal(["same"], third.Plan!.Summary.Keys.Order(StringComparer.Ordinal));
        }
        Assert.Equal(keys.Select(kv => kv.ModRevision), (await raw.Client.GetRangeAsync(root + "/")).Kvs.Select(kv => kv.ModRevision));
        Assert.Equal(2, gateCalls);
    }
}
