using System.Text;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;

namespace Infra.Backends.Tests;

/// <summary>
/// The contract every <see cref="IStateBackend"/> passes: subclass it and return backends that share one store.
/// Backends hold opaque bytes, so the suite uses arbitrary bytes, not real state documents.
/// </summary>
public abstract class BackendContract : IAsyncLifetime
{
    private readonly List<IStateBackend> _opened = [];

    /// <summary>A new backend instance over the same storage as every other instance this test opens.</summary>
    protected abstract IStateBackend CreateBackend();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var backend in _opened)
        {
            await backend.DisposeAsync();
        }
    }

    private IStateBackend Open()
    {
        var backend = CreateBackend();
        _opened.Add(backend);
        return backend;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Large(int size, int seed)
    {
        var bytes = new byte[size];
        new System.Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static LockInfo Holder(string operation) => LockInfo.ForCurrentProcess(operation, TimeProvider.System);

    [SkippableFact]
    public async Task ReadAsync_MissingStack_ReturnsNull()
    {
        Assert.Null(await Open().ReadAsync("nothing", CancellationToken.None));
    }

    [SkippableFact]
    public async Task CreateAsync_NewStack_ReadReturnsCheckpointWithoutJournalOrBackup()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("{\"v\":1}"), CancellationToken.None);

        var stored = await backend.ReadAsync("dev", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal("{\"v\":1}", Encoding.UTF8.GetString(stored.Checkpoint));
        Assert.Empty(stored.Journal);
        Assert.Null(await backend.ReadBackupAsync("dev", CancellationToken.None));
        Assert.False(string.IsNullOrEmpty(stored.Revision));
    }

    [SkippableFact]
    public async Task CreateAsync_BinaryCheckpoint_RoundTripsExactly()
    {
        var backend = Open();
        byte[] bytes = [0, 255, 13, 10, 0xC3, 0x28, 7];
        await backend.CreateAsync("bin", bytes, CancellationToken.None);

        Assert.Equal(bytes, (await Open().ReadAsync("bin", CancellationToken.None))!.Checkpoint);
    }

    [SkippableFact]
    public async Task Checkpoints_LargerThanOneEtcdRequest_RoundTripWithBackup()
    {
        var backend = Open();
        var first = Large(3_500_000, seed: 1);
        var second = Large(2_200_000, seed: 2);
        await backend.CreateAsync("big", first, CancellationToken.None);
        await backend.WriteCheckpointAsync("big", second, (await backend.ReadAsync("big", CancellationToken.None))!.Revision, CancellationToken.None);
        await backend.WriteCheckpointAsync("big", Bytes("small again"), (await backend.ReadAsync("big", CancellationToken.None))!.Revision, CancellationToken.None);

        var stored = await Open().ReadAsync("big", CancellationToken.None);
        Assert.Equal("small again", Encoding.UTF8.GetString(stored!.Checkpoint));
        Assert.Equal(second, await Open().ReadBackupAsync("big", CancellationToken.None));

        await backend.RestoreBackupAsync("big", CancellationToken.None);
        Assert.Equal(second, (await Open().ReadAsync("big", CancellationToken.None))!.Checkpoint);
    }

    [SkippableFact]
    public async Task AppendJournalAsync_BatchLargerThanOneEtcdRequest_ReadsBackWhole()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("cp"), CancellationToken.None);
        var lines = string.Concat(Enumerable.Range(0, 12_000).Select(i => $"{{\"seq\":{i},\"pad\":\"{new string('x', 200)}\"}}\n"));
        await backend.AppendJournalAsync("dev", Bytes(lines), CancellationToken.None);
        await backend.AppendJournalAsync("dev", Bytes("tail\n"), CancellationToken.None);

        Assert.Equal(lines + "tail\n", Encoding.UTF8.GetString((await Open().ReadAsync("dev", CancellationToken.None))!.Journal));
    }

    [SkippableFact]
    public async Task CreateAsync_ExistingStack_ThrowsAndKeepsIt()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("first"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InputException>(() => Open().CreateAsync("dev", Bytes("second"), CancellationToken.None));

        Assert.Contains("stack 'dev' already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", Encoding.UTF8.GetString((await backend.ReadAsync("dev", CancellationToken.None))!.Checkpoint));
    }

    [SkippableFact]
    public async Task AppendJournalAsync_SeveralBatches_ReadReturnsThemInOrder()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("cp"), CancellationToken.None);
        for (var i = 1; i <= 12; i++)
        {
            await backend.AppendJournalAsync("dev", Bytes($"line {i}\n"), CancellationToken.None);
        }

        var stored = await Open().ReadAsync("dev", CancellationToken.None);

        Assert.Equal(string.Concat(Enumerable.Range(1, 12).Select(i => $"line {i}\n")), Encoding.UTF8.GetString(stored!.Journal));
    }

    [SkippableFact]
    public async Task AppendJournalAsync_AfterReopen_ContinuesAfterExistingLines()
    {
        var first = Open();
        await first.CreateAsync("dev", Bytes("cp"), CancellationToken.None);
        await first.AppendJournalAsync("dev", Bytes("a\n"), CancellationToken.None);
        await first.AppendJournalAsync("dev", Bytes("b\n"), CancellationToken.None);

        var second = Open();
        await second.AppendJournalAsync("dev", Bytes("c\n"), CancellationToken.None);

        Assert.Equal("a\nb\nc\n", Encoding.UTF8.GetString((await Open().ReadAsync("dev", CancellationToken.None))!.Journal));
    }

    [SkippableFact]
    public async Task WriteCheckpointAsync_CurrentRevision_ReplacesKeepsBackupAndClearsJournal()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("one"), CancellationToken.None);
        await backend.AppendJournalAsync("dev", Bytes("step\n"), CancellationToken.None);
        var read = await backend.ReadAsync("dev", CancellationToken.None);

        await backend.WriteCheckpointAsync("dev", Bytes("two"), read!.Revision, CancellationToken.None);

        var stored = await Open().ReadAsync("dev", CancellationToken.None);
        Assert.Equal("two", Encoding.UTF8.GetString(stored!.Checkpoint));
        Assert.Equal("one", Encoding.UTF8.GetString((await Open().ReadBackupAsync("dev", CancellationToken.None))!));
        Assert.Empty(stored.Journal);
        Assert.NotEqual(read.Revision, stored.Revision);
    }

    [SkippableFact]
    public async Task WriteCheckpointAsync_StaleRevision_ThrowsAndWritesNothing()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("one"), CancellationToken.None);
        var stale = (await backend.ReadAsync("dev", CancellationToken.None))!.Revision;
        var other = Open();
        await other.WriteCheckpointAsync("dev", Bytes("two"), (await other.ReadAsync("dev", CancellationToken.None))!.Revision, CancellationToken.None);
        await other.AppendJournalAsync("dev", Bytes("after two\n"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InputException>(() => backend.WriteCheckpointAsync("dev", Bytes("three"), stale, CancellationToken.None));

        Assert.Contains("changed since it was read", error.Message, StringComparison.Ordinal);
        var stored = await Open().ReadAsync("dev", CancellationToken.None);
        Assert.Equal("two", Encoding.UTF8.GetString(stored!.Checkpoint));
        Assert.Equal("after two\n", Encoding.UTF8.GetString(stored.Journal));
    }

    [SkippableFact]
    public async Task WriteCheckpointAsync_TwoWritersFromOneRead_OnlyFirstWins()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("base"), CancellationToken.None);
        var revision = (await backend.ReadAsync("dev", CancellationToken.None))!.Revision;

        await Open().WriteCheckpointAsync("dev", Bytes("writer A"), revision, CancellationToken.None);
        await Assert.ThrowsAsync<InputException>(() => Open().WriteCheckpointAsync("dev", Bytes("writer B"), revision, CancellationToken.None));

        var stored = await Open().ReadAsync("dev", CancellationToken.None);
        Assert.Equal("writer A", Encoding.UTF8.GetString(stored!.Checkpoint));
        Assert.Equal("base", Encoding.UTF8.GetString((await Open().ReadBackupAsync("dev", CancellationToken.None))!));
    }

    [SkippableFact]
    public async Task RestoreBackupAsync_AfterCheckpoint_MakesPreviousCurrentAndClearsJournal()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("good"), CancellationToken.None);
        await backend.WriteCheckpointAsync("dev", Bytes("bad"), (await backend.ReadAsync("dev", CancellationToken.None))!.Revision, CancellationToken.None);
        await backend.AppendJournalAsync("dev", Bytes("bad step\n"), CancellationToken.None);

        await Open().RestoreBackupAsync("dev", CancellationToken.None);

        var stored = await Open().ReadAsync("dev", CancellationToken.None);
        Assert.Equal("good", Encoding.UTF8.GetString(stored!.Checkpoint));
        Assert.Empty(stored.Journal);
    }

    [SkippableFact]
    public async Task RestoreBackupAsync_NoBackup_ThrowsNamingStack()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("only"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InputException>(() => backend.RestoreBackupAsync("dev", CancellationToken.None));

        Assert.StartsWith("stack 'dev' has no backup checkpoint", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ListStacksAsync_CreatedStacks_SortedByName()
    {
        var backend = Open();
        Assert.Empty(await backend.ListStacksAsync(CancellationToken.None));
        foreach (var name in new[] { "prod", "dev", "staging" })
        {
            await backend.CreateAsync(name, Bytes(name), CancellationToken.None);
        }
        await backend.AppendJournalAsync("dev", Bytes("x\n"), CancellationToken.None);

        Assert.Equal(["dev", "prod", "staging"], await Open().ListStacksAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task RemoveAsync_Stack_GoneFromReadAndListOthersKept()
    {
        var backend = Open();
        await backend.CreateAsync("dev", Bytes("a"), CancellationToken.None);
        await backend.CreateAsync("prod", Bytes("b"), CancellationToken.None);
        await backend.AppendJournalAsync("dev", Bytes("x\n"), CancellationToken.None);

        await backend.RemoveAsync("dev", CancellationToken.None);

        Assert.Null(await Open().ReadAsync("dev", CancellationToken.None));
        Assert.Equal(["prod"], await Open().ListStacksAsync(CancellationToken.None));
        await Open().CreateAsync("dev", Bytes("again"), CancellationToken.None);
        Assert.Empty((await Open().ReadAsync("dev", CancellationToken.None))!.Journal);
    }

    [SkippableFact]
    public async Task LockAsync_HeldByAnother_ThrowsStateLockedExceptionNamingHolder()
    {
        var holder = Holder("up");
        await using var held = await Open().LockAsync("dev", holder, CancellationToken.None);

        var error = await Assert.ThrowsAsync<StateLockedException>(() => Open().LockAsync("dev", Holder("destroy"), CancellationToken.None));

        Assert.Equal(holder, error.Holder);
        Assert.StartsWith($"stack 'dev' is locked by {holder}.", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LockAsync_AfterRelease_NextLockerSucceeds()
    {
        var first = await Open().LockAsync("dev", Holder("up"), CancellationToken.None);
        await first.DisposeAsync();

        await using var second = await Open().LockAsync("dev", Holder("refresh"), CancellationToken.None);

        await Assert.ThrowsAsync<StateLockedException>(() => Open().LockAsync("dev", Holder("up"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task LockAsync_OtherStack_IsIndependent()
    {
        await using var dev = await Open().LockAsync("dev", Holder("up"), CancellationToken.None);

        await using var prod = await Open().LockAsync("prod", Holder("up"), CancellationToken.None);

        Assert.NotNull(prod);
    }

    [SkippableFact]
    public async Task ForceUnlockAsync_HeldByAnother_NextLockerSucceeds()
    {
        var stuck = await Open().LockAsync("dev", Holder("up"), CancellationToken.None);

        await Open().ForceUnlockAsync("dev", CancellationToken.None);
        await using var next = await Open().LockAsync("dev", Holder("up"), CancellationToken.None);

        await Assert.ThrowsAsync<StateLockedException>(() => Open().LockAsync("dev", Holder("up"), CancellationToken.None));
        await stuck.DisposeAsync(); // the old holder's release must not remove the new holder's lock
        await Assert.ThrowsAsync<StateLockedException>(() => Open().LockAsync("dev", Holder("up"), CancellationToken.None));
    }

    [SkippableFact]
    public async Task ForceUnlockAsync_NotLocked_DoesNothing()
    {
        await Open().ForceUnlockAsync("dev", CancellationToken.None);

        await using var held = await Open().LockAsync("dev", Holder("up"), CancellationToken.None);
        Assert.NotNull(held);
    }
}
