using Infra.Engine.Backends;
using Infra.Engine.Journal;
using Infra.Engine.Secrets;
using Infra.Engine.State;

namespace Infra.Engine.Tests.State;

public sealed class JournalWriterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("infra-journal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<StateStore> NewStackAsync()
    {
        var store = new StateStore(new FileBackend(_root), "proj", "dev", new MissingSecretsCodec("this test stores no secrets"));
        await store.CreateAsync(CancellationToken.None);
        return store;
    }

    private static string Urn(int i) => $"urn:pulumi:dev::proj::test:Thing::t{i}";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AppendAsync_ConcurrentRecords_AllDurableAfterFlush(bool untilDurable)
    {
        var store = await NewStackAsync();
        var journal = store.OpenJournal(await store.LoadAsync(CancellationToken.None), TimeProvider.System);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            journal.AppendAsync(JournalOp.Begin, StepKind.Create, Urn(i), null, untilDurable))));
        await journal.FlushAsync();
        await journal.DisposeAsync();

        var reloaded = await store.LoadAsync(CancellationToken.None);
        Assert.Equal(200, reloaded.JournalRecords);
        Assert.Empty(reloaded.Warnings);
    }

    [Fact]
    public async Task AppendAsync_AfterDispose_RefusedAndEarlierRecordsKept()
    {
        var store = await NewStackAsync();
        var journal = store.OpenJournal(await store.LoadAsync(CancellationToken.None), TimeProvider.System);
        await journal.AppendAsync(JournalOp.Begin, StepKind.Create, Urn(1), null);
        await journal.DisposeAsync();

        // Bounded waits: an append that is accepted after the last batch would otherwise wait forever.
        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.AppendAsync(JournalOp.Begin, StepKind.Create, Urn(2), null).WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, (await store.LoadAsync(CancellationToken.None)).JournalRecords);
    }
}
