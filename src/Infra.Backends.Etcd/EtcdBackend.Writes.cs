using System.Globalization;
using Google.Protobuf;
using Infra.Engine.Diagnostics;

namespace Infra.Backends.Etcd;

/// <summary>Journal appends, checkpoint compare-and-swap and backup restore.</summary>
public sealed partial class EtcdBackend
{
    /// <inheritdoc />
    public async Task AppendJournalAsync(string stack, ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var sequence = _nextChunk.TryGetValue(stack, out var cached) ? cached : await LastChunkAsync(stack, keys, cancellationToken).ConfigureAwait(false) + 1;
        foreach (var piece in JournalPieces(lines))
        {
            var chunk = keys.JournalChunk(sequence);
            var txn = Txn.Build([Txn.Missing(chunk), .. Fence(keys)], [Txn.Put(chunk, ByteString.CopyFrom(piece.Span))], [Txn.Get(keys.Lock)]);
            // etcd acknowledges a transaction only once it is in the fsync'd raft log: the piece is durable.
            var response = await TxnAsync($"appending to the journal of stack '{stack}'", txn, cancellationToken).ConfigureAwait(false);
            if (!response.Succeeded)
            {
                _nextChunk.TryRemove(stack, out _);
                ThrowIfFenceBroken(keys, First(response, 0));
                throw new InputException($"{Display(keys, "journal/")}: another writer appended chunk {sequence} of stack '{stack}' at the same time; nothing was written. Run again.");
            }
            _nextChunk[stack] = ++sequence;
        }
    }

    /// <inheritdoc />
    public async Task WriteCheckpointAsync(string stack, ReadOnlyMemory<byte> checkpoint, string expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expectedRevision);
        var keys = Keys(stack);
        var expected = expectedRevision.Length == 0 ? 0 : long.TryParse(expectedRevision, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var read = await TxnAsync($"reading the checkpoint of stack '{stack}'", Txn.Build([], [Txn.Get(keys.Checkpoint)]), cancellationToken).ConfigureAwait(false);
        var current = First(read, 0);
        if ((current?.ModRevision ?? 0) != expected)
        {
            throw Changed(keys, expectedRevision, current?.ModRevision ?? 0);
        }
        var success = current is null ? [] : new List<Etcdserverpb.RequestOp> { Txn.Put(keys.Backup, current.Value) };
        var (value, blobCheck) = await StoreCheckpointAsync(keys, checkpoint, cancellationToken).ConfigureAwait(false);
        success.Add(Txn.Put(keys.Checkpoint, value));
        success.Add(Txn.DeletePrefix(keys.JournalPrefix));
        var guard = expected == 0 ? Txn.Missing(keys.Checkpoint) : Txn.ModRevisionIs(keys.Checkpoint, expected);
        var response = await TxnAsync($"writing the checkpoint of stack '{stack}'", Txn.Build([guard, .. blobCheck, .. Fence(keys)], success, [Txn.Get(keys.Lock), Txn.Get(keys.Checkpoint)]), cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded)
        {
            ThrowIfFenceBroken(keys, First(response, 0));
            throw Changed(keys, expectedRevision, First(response, 1)?.ModRevision ?? 0);
        }
        _nextChunk.TryRemove(stack, out _);
        await CollectBlobsQuietlyAsync(keys, response.Header.Revision, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RestoreBackupAsync(string stack, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var read = await TxnAsync($"reading the backup of stack '{stack}'", Txn.Build([], [Txn.Get(keys.Backup), Txn.GetPrefix(keys.JournalPrefix)]), cancellationToken).ConfigureAwait(false);
        var backup = First(read, 0)
            ?? throw new InputException($"stack '{stack}' has no backup checkpoint ({Display(keys, "backup")}).");
        var success = new List<Etcdserverpb.RequestOp> { Txn.Put(keys.Checkpoint, backup.Value), Txn.DeletePrefix(keys.JournalPrefix) };
        var discarded = _time.GetUtcNow();
        foreach (var chunk in read.Responses[1].ResponseRange.Kvs)
        {
            // Keep the journal that is being thrown away, as the file backend does, for a later look.
            var copy = new Etcdserverpb.PutRequest { Key = keys.Discarded(discarded, StackKeys.ParseChunk(chunk.Key)), Value = chunk.Value };
            await CallAsync($"keeping the discarded journal of stack '{stack}'", (h, d, c) => Client.PutAsync(copy, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        var guard = Txn.ModRevisionIs(keys.Backup, backup.ModRevision);
        var response = await TxnAsync($"restoring the backup of stack '{stack}'", Txn.Build([guard, .. Fence(keys)], success, [Txn.Get(keys.Lock)]), cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded)
        {
            ThrowIfFenceBroken(keys, First(response, 0));
            throw new InputException($"{Display(keys, "backup")} changed while it was being restored (another writer?); nothing was written. Run again.");
        }
        _nextChunk.TryRemove(stack, out _);
        await CollectBlobsQuietlyAsync(keys, response.Header.Revision, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> LastChunkAsync(string stack, StackKeys keys, CancellationToken cancellationToken)
    {
        var request = new Etcdserverpb.RangeRequest
        {
            Key = keys.JournalPrefix,
            RangeEnd = StackKeys.RangeEnd(keys.JournalPrefix),
            KeysOnly = true,
            Limit = 1,
            SortOrder = Etcdserverpb.RangeRequest.Types.SortOrder.Descend,
            SortTarget = Etcdserverpb.RangeRequest.Types.SortTarget.Key,
        };
        var response = await CallAsync($"reading the journal of stack '{stack}'", (h, d, c) => Client.GetAsync(request, h, d, c), cancellationToken).ConfigureAwait(false);
        return response.Kvs.Count == 0 ? 0 : StackKeys.ParseChunk(response.Kvs[0].Key);
    }

    /// <summary>Garbage collection after a write that succeeded must not turn it into a failure; leftovers go next time.</summary>
    private async Task CollectBlobsQuietlyAsync(StackKeys keys, long checkpointRevision, CancellationToken cancellationToken)
    {
        try
        {
            await CollectBlobsAsync(keys, checkpointRevision, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException)
        {
            // etcd became unreachable right after the write: the unused blobs are deleted after the next write.
        }
    }

    private InputException Changed(StackKeys keys, string expected, long now) =>
        new($"{Display(keys, "checkpoint")} changed since it was read (revision {(expected.Length == 0 ? "none" : expected)} then, {(now == 0 ? "none" : now.ToString(CultureInfo.InvariantCulture))} now: another writer?); nothing was written. Run again.");
}
