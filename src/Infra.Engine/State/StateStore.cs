using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Journal;
using Infra.Engine.Secrets;

namespace Infra.Engine.State;

/// <summary>
/// Reads and writes one stack's state over any <see cref="IStateBackend"/>: verifies the checkpoint, replays the
/// journal (crash recovery), appends journal records during a run and compacts at the end.
/// </summary>
public sealed class StateStore
{
    private readonly IStateBackend _backend;
    private readonly StateJson _json;

    /// <summary>Creates a store for <paramref name="stack"/>.</summary>
    public StateStore(IStateBackend backend, string project, string stack, ISecretsCodec codec)
    {
        _backend = backend;
        Project = project;
        Stack = stack;
        _json = new StateJson(codec);
        Checkpoints = new CheckpointCodec(_json);
        Journal = new JournalCodec(_json);
    }

    /// <summary>The project.</summary>
    public string Project { get; }

    /// <summary>The stack.</summary>
    public string Stack { get; }

    /// <summary>The backend.</summary>
    public IStateBackend Backend => _backend;

    /// <summary>The checkpoint codec (exports use it too).</summary>
    public CheckpointCodec Checkpoints { get; }

    /// <summary>The journal codec.</summary>
    public JournalCodec Journal { get; }

    /// <summary>True when the stack exists.</summary>
    /// <remarks>Asked of the backend, which need not read the state: a large stack's checkpoint is tens of megabytes.</remarks>
    public Task<bool> ExistsAsync(CancellationToken cancellationToken) => _backend.ExistsAsync(Stack, cancellationToken);

    /// <summary>Creates the stack with an empty state.</summary>
    public Task CreateAsync(CancellationToken cancellationToken) =>
        _backend.CreateAsync(Stack, Checkpoints.Encode(StackState.New(Project, Stack)), cancellationToken);

    /// <summary>Loads the state, replaying any journal left by an interrupted run.</summary>
    public async Task<LoadedState> LoadAsync(CancellationToken cancellationToken) =>
        await (await StartLoadAsync(cancellationToken).ConfigureAwait(false)).Loaded.ConfigureAwait(false);

    /// <summary>
    /// Reads the stored state and its journal, and decodes the checkpoint on the thread pool: a caller with other
    /// work (running the program) does it while a large checkpoint is decoded. Errors of the stored bytes (a missing
    /// stack, a corrupt journal) are thrown here; errors of the checkpoint by <see cref="StateLoad.Loaded"/>.
    /// </summary>
    public async Task<StateLoad> StartLoadAsync(CancellationToken cancellationToken)
    {
        var stored = await _backend.ReadAsync(Stack, cancellationToken).ConfigureAwait(false)
            ?? throw new InputException($"stack '{Stack}' does not exist in {_backend.Url}: create it with `infra stack init {Stack}`.");
        var journal = Journal.Decode(stored.Journal, stored.JournalName);
        var hasRecords = journal.Header is not null && journal.Entries.Count > 0;
        return new StateLoad(hasRecords, Task.Run(() => Complete(stored, journal), cancellationToken));
    }

    private LoadedState Complete(StoredStack stored, JournalContents journal)
    {
        var state = Checkpoints.Decode(stored.Checkpoint, stored.CheckpointName);
        if (state.Project != Project)
        {
            throw new InputException($"{stored.CheckpointName}: state belongs to project '{state.Project}', not '{Project}'.");
        }
        var warnings = new List<string>();
        if (journal.TornTail is not null)
        {
            warnings.Add(journal.TornTail);
        }
        if (journal.Header is null || journal.Entries.Count == 0)
        {
            return new LoadedState(state, stored.Revision, 0, warnings);
        }
        if (journal.Header.Lineage != state.Lineage)
        {
            throw new InputException($"{stored.JournalName}: journal belongs to lineage {journal.Header.Lineage}, but the checkpoint has {state.Lineage}; refusing to mix them.");
        }
        if (journal.Header.BaseSerial < state.Serial)
        {
            warnings.Add($"{stored.JournalName}: discarded a journal already included in checkpoint serial {state.Serial}.");
            return new LoadedState(state, stored.Revision, 0, warnings);
        }
        var builder = new StateBuilder(state);
        foreach (var entry in journal.Entries)
        {
            builder.Apply(entry);
        }
        var replayed = builder.ToState(state.Serial);
        StateVerifier.Verify(replayed, stored.JournalName);
        return new LoadedState(replayed, stored.Revision, journal.Entries.Count, warnings) { Recovered = RecoveredChange.From(journal.Entries) };
    }

    /// <summary>Starts a journal for a run continuing from <paramref name="loaded"/>.</summary>
    public JournalWriter OpenJournal(LoadedState loaded, TimeProvider time, CrashInjector? crash = null) =>
        new(this, loaded.State, loaded.JournalRecords > 0, time, crash);

    /// <summary>Appends encoded lines durably.</summary>
    internal Task AppendAsync(ReadOnlyMemory<byte> lines, CancellationToken cancellationToken) =>
        _backend.AppendJournalAsync(Stack, lines, cancellationToken);

    /// <summary>Writes <paramref name="state"/> as the new checkpoint (serial + 1) and clears the journal.</summary>
    public async Task<StackState> CompactAsync(StackState state, string revision, CancellationToken cancellationToken)
    {
        var next = state with { Serial = state.Serial + 1, PendingOperations = state.PendingOperations };
        StateVerifier.Verify(next, $"state of stack '{Stack}'");
        using var activity = Telemetry.EngineTelemetry.Source.StartActivity("state.checkpoint");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var bytes = Checkpoints.Encode(next with { PendingOperations = [] });
        await _backend.WriteCheckpointAsync(Stack, bytes, revision, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("infra.state.bytes", bytes.Length);
        Telemetry.EngineTelemetry.StateWriteDuration.Record(watch.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("kind", "checkpoint"));
        Telemetry.EngineTelemetry.StateWriteBytes.Add(bytes.Length, new KeyValuePair<string, object?>("kind", "checkpoint"));
        return next;
    }
}
