using Infra.Engine.Backends;
using Infra.Engine.Tests.Support;
using Infra.Engine.Workspaces;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Reliability;

/// <summary>
/// A journal write that fails mid-run. Steps of a provider that defers its effects go on once their records are
/// queued, so the failure is found when the run flushes the journal: nothing may then become visible, nothing written
/// after the failure may be durable, and the next up must converge.
/// </summary>
public sealed class JournalWriteFailureTests
{
    private const string Scheme = "flaky";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task JournalWriteFails_UpFails_NoEffectVisible_NextUpConverges(bool deferWrites)
    {
        using var project = new TempProject(stackYaml: deferWrites ? "config:\n  files:deferWrites: \"true\"\n" : "config: {}\n");
        var flaky = new FlakyBackendFactory(project.Path(".infra"), failAppendNumber: 3);
        project.BackendFactories.Add(flaky);
        project.Variables["INFRA_BACKEND_URL"] = $"{Scheme}://state";

        var failed = await project.RunAsync(Chain(12), "up", "--stack", "dev", "--yes");

        Assert.True(failed.ExitCode != 0, failed.ToString());
        Assert.Contains("injected journal write failure", failed.Out + failed.Error);
        Assert.True(flaky.AppendsAfterFailure == 0, $"{flaky.AppendsAfterFailure} journal write(s) after the failed one");
        if (deferWrites)
        {
            Assert.Empty(project.WorldFiles()); // the provider was never told to finish
        }

        flaky.Healthy = true;
        var next = await project.RunAsync(Chain(12), "up", "--stack", "dev", "--yes");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(12, project.WorldFiles().Count);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
        var preview = await project.RunAsync(Chain(12), "preview", "--stack", "dev");
        Assert.Contains("(no changes)", preview.Out);
    }

    private static Action<LambdaStack> Chain(int count) => _ =>
    {
        FileThing? previous = null;
        for (var i = 0; i < count; i++)
        {
            // A short delay per step makes each record its own journal write, so the failing write lands mid-run.
            previous = new FileThing($"thing-{i:D2}", new FileThingArgs { Content = previous is null ? (Input<string>)"root" : previous.Content, DelayMs = 10 });
        }
    };

    /// <summary>The file backend, except that one journal append fails (before writing) until it is made healthy.</summary>
    private sealed class FlakyBackendFactory(string root, int failAppendNumber) : IBackendFactory
    {
        private int _appends;

        public int FailAppendNumber { get; } = failAppendNumber;

        public bool Healthy { get; set; }

        public int AppendsAfterFailure { get; private set; }

        public string Scheme => JournalWriteFailureTests.Scheme;

        public IStateBackend Open(string url, WorkspaceEnvironment environment) => new Flaky(new FileBackend(root), this);

        private sealed class Flaky(FileBackend inner, FlakyBackendFactory owner) : IStateBackend
        {
            public string Url => inner.Url;

            public Task<IReadOnlyList<string>> ListStacksAsync(CancellationToken cancellationToken) => inner.ListStacksAsync(cancellationToken);

            public Task<StoredStack?> ReadAsync(string stack, CancellationToken cancellationToken) => inner.ReadAsync(stack, cancellationToken);

            public Task CreateAsync(string stack, ReadOnlyMemory<byte> checkpoint, CancellationToken cancellationToken) => inner.CreateAsync(stack, checkpoint, cancellationToken);

            public Task RemoveAsync(string stack, CancellationToken cancellationToken) => inner.RemoveAsync(stack, cancellationToken);

            public Task AppendJournalAsync(string stack, ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
            {
                if (!owner.Healthy)
                {
                    var number = Interlocked.Increment(ref owner._appends);
                    if (number > owner.FailAppendNumber)
                    {
                        owner.AppendsAfterFailure++;
                    }
                    if (number == owner.FailAppendNumber)
                    {
                        throw new IOException("injected journal write failure");
                    }
                }
                return inner.AppendJournalAsync(stack, lines, cancellationToken);
            }

            public Task WriteCheckpointAsync(string stack, ReadOnlyMemory<byte> checkpoint, string expectedRevision, CancellationToken cancellationToken) =>
                inner.WriteCheckpointAsync(stack, checkpoint, expectedRevision, cancellationToken);

            public Task RestoreBackupAsync(string stack, CancellationToken cancellationToken) => inner.RestoreBackupAsync(stack, cancellationToken);

            public Task<byte[]?> ReadBackupAsync(string stack, CancellationToken cancellationToken) => inner.ReadBackupAsync(stack, cancellationToken);

            public Task<IAsyncDisposable> LockAsync(string stack, LockInfo info, CancellationToken cancellationToken) => inner.LockAsync(stack, info, cancellationToken);

            public Task ForceUnlockAsync(string stack, CancellationToken cancellationToken) => inner.ForceUnlockAsync(stack, cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
