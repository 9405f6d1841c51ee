namespace Infra.Engine.Backends;

/// <summary>
/// Where stacks' state lives. Backends store opaque bytes — a checkpoint, its backup, and journal lines — and
/// hold locks; parsing, checksums and replay live in <see cref="State.StateStore"/>, so every backend behaves
/// the same. Every backend passes the same contract test suite.
/// </summary>
public interface IStateBackend : IAsyncDisposable
{
    /// <summary>The backend URL, for messages.</summary>
    string Url { get; }

    /// <summary>Names of the stacks stored here.</summary>
    Task<IReadOnlyList<string>> ListStacksAsync(CancellationToken cancellationToken);

    /// <summary>Reads a stack's checkpoint and journal; null when the stack does not exist.</summary>
    Task<StoredStack?> ReadAsync(string stack, CancellationToken cancellationToken);

    /// <summary>True when the stack exists; backends that can tell without reading its state should say so.</summary>
    async Task<bool> ExistsAsync(string stack, CancellationToken cancellationToken) =>
        await ReadAsync(stack, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Creates an empty stack with the given checkpoint; fails when it exists.</summary>
    Task CreateAsync(string stack, ReadOnlyMemory<byte> checkpoint, CancellationToken cancellationToken);

    /// <summary>Removes a stack entirely.</summary>
    Task RemoveAsync(string stack, CancellationToken cancellationToken);

    /// <summary>Appends journal lines durably: when the task completes, the bytes survive a crash.</summary>
    Task AppendJournalAsync(string stack, ReadOnlyMemory<byte> lines, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the checkpoint atomically, keeps the previous one as the backup, then clears the journal.
    /// <paramref name="expectedRevision"/> is the revision read by <see cref="ReadAsync"/>; a different current
    /// revision means another writer got in between, and the write fails.
    /// </summary>
    Task WriteCheckpointAsync(string stack, ReadOnlyMemory<byte> checkpoint, string expectedRevision, CancellationToken cancellationToken);

    /// <summary>Makes the backup checkpoint current again (and clears the journal).</summary>
    Task RestoreBackupAsync(string stack, CancellationToken cancellationToken);

    /// <summary>
    /// The previous checkpoint, if one is kept; null otherwise. Read apart from <see cref="ReadAsync"/> because a run
    /// never needs it and it is as large as the checkpoint.
    /// </summary>
    Task<byte[]?> ReadBackupAsync(string stack, CancellationToken cancellationToken);

    /// <summary>Takes the stack's lock or throws <see cref="StateLockedException"/> naming the holder.</summary>
    Task<IAsyncDisposable> LockAsync(string stack, LockInfo info, CancellationToken cancellationToken);

    /// <summary>Removes a lock regardless of its holder.</summary>
    Task ForceUnlockAsync(string stack, CancellationToken cancellationToken);
}
