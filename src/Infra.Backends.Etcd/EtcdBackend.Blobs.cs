using System.Security.Cryptography;
using Etcdserverpb;
using Google.Protobuf;
using Infra.Engine.Diagnostics;
using Infra.Etcd.Client;
using Mvccpb;

namespace Infra.Backends.Etcd;

/// <summary>
/// Large values: etcd refuses requests over <c>--max-request-bytes</c> (1.5 MiB by default), so checkpoints over
/// <see cref="InlineLimit"/> go to content-addressed chunk keys written before the transaction that points the
/// checkpoint at them, and journal batches are split at line ends into several chunk keys.
/// </summary>
public sealed partial class EtcdBackend
{
    /// <summary>Checkpoints up to this size are stored in the checkpoint key itself (backup + new must fit one request).</summary>
    internal const int InlineLimit = 256 * 1024;

    /// <summary>The largest value written in one request.</summary>
    internal const int ChunkBytes = 1024 * 1024;

    /// <summary>The value for the checkpoint key, writing blob chunks first when the checkpoint is large; plus the compare that proves the blob is still there.</summary>
    private async Task<(ByteString Value, Compare[] BlobCheck)> StoreCheckpointAsync(StackKeys keys, ReadOnlyMemory<byte> checkpoint, CancellationToken cancellationToken)
    {
        if (checkpoint.Length <= InlineLimit && !BlobManifest.LooksLikeManifest(checkpoint.Span))
        {
            return (ByteString.CopyFrom(checkpoint.Span), []);
        }
        var manifest = new BlobManifest(Convert.ToHexStringLower(SHA256.HashData(checkpoint.Span)), checkpoint.Length, (checkpoint.Length + ChunkBytes - 1) / ChunkBytes);
        for (var i = 0; i < manifest.Chunks; i++)
        {
            var put = new PutRequest { Key = keys.BlobChunk(manifest.Sha256, i), Value = ByteString.CopyFrom(checkpoint.Span.Slice(i * ChunkBytes, Math.Min(ChunkBytes, checkpoint.Length - (i * ChunkBytes)))) };
            await CallAsync($"writing chunk {i + 1} of {manifest.Chunks} of the checkpoint of stack '{keys.Stack}'", (h, d, c) => Client.PutAsync(put, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        // A blob is deleted with one delete-range, so its first chunk stands for all of them.
        return (manifest.Encode(), [new Compare { Key = keys.BlobChunk(manifest.Sha256, 0), Target = Compare.Types.CompareTarget.Version, Result = Compare.Types.CompareResult.Greater, Version = 0 }]);
    }

    /// <summary>The bytes a checkpoint or backup key stands for, reading its blob at <paramref name="revision"/> (the revision the key was read at).</summary>
    private async Task<byte[]> LoadValueAsync(StackKeys keys, KeyValue kv, long revision, string name, CancellationToken cancellationToken)
    {
        if (BlobManifest.TryParse(kv.Value) is not { } manifest)
        {
            return kv.Value.ToByteArray();
        }
        var prefix = keys.BlobPrefix(manifest.Sha256);
        var request = new RangeRequest { Key = prefix, RangeEnd = StackKeys.RangeEnd(prefix), Revision = revision };
        var response = await CallAsync($"reading the {name} of stack '{keys.Stack}'", (h, d, c) => Client.GetAsync(request, h, d, c), cancellationToken).ConfigureAwait(false);
        var bytes = response.Kvs.SelectMany(chunk => chunk.Value.ToByteArray()).ToArray();
        if (response.Kvs.Count != manifest.Chunks || bytes.Length != manifest.Size || Convert.ToHexStringLower(SHA256.HashData(bytes)) != manifest.Sha256)
        {
            throw new InputException($"{Display(keys, name)}: its blob {manifest.Sha256} is incomplete or damaged ({response.Kvs.Count} of {manifest.Chunks} chunks, {bytes.Length} of {manifest.Size} bytes).");
        }
        return bytes;
    }

    /// <summary>Deletes blobs that neither the checkpoint nor the backup refers to, unless the checkpoint changed since <paramref name="checkpointRevision"/>.</summary>
    private async Task CollectBlobsAsync(StackKeys keys, long checkpointRevision, CancellationToken cancellationToken)
    {
        var blobs = new RangeRequest { Key = keys.BlobRoot, RangeEnd = StackKeys.RangeEnd(keys.BlobRoot), KeysOnly = true };
        var read = await TxnAsync($"listing checkpoint blobs of stack '{keys.Stack}'", Txn.Build([], [Txn.Get(keys.Checkpoint), Txn.Get(keys.Backup), new RequestOp { RequestRange = blobs }]), cancellationToken).ConfigureAwait(false);
        var referenced = new[] { First(read, 0), First(read, 1) }.Select(kv => kv is null ? null : BlobManifest.TryParse(kv.Value)?.Sha256).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var root = keys.BlobRoot.ToStringUtf8();
        var stale = read.Responses[2].ResponseRange.Kvs.Select(kv => kv.Key.ToStringUtf8()[root.Length..].Split('/')[0]).Distinct().Where(sha => !referenced.Contains(sha)).ToList();
        if (stale.Count == 0)
        {
            return;
        }
        var txn = Txn.Build([Txn.ModRevisionIs(keys.Checkpoint, checkpointRevision), .. Fence(keys)], stale.Select(sha => Txn.DeletePrefix(keys.BlobPrefix(sha))));
        // A failed compare means another write happened; it collects the garbage itself.
        await TxnAsync($"deleting unused checkpoint blobs of stack '{keys.Stack}'", txn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Splits a journal batch into pieces of at most <see cref="ChunkBytes"/>, at line ends where possible.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> JournalPieces(ReadOnlyMemory<byte> lines)
    {
        while (lines.Length > ChunkBytes)
        {
            var cut = lines.Span[..ChunkBytes].LastIndexOf((byte)'\n') + 1;
            if (cut == 0)
            {
                cut = ChunkBytes;
            }
            yield return lines[..cut];
            lines = lines[cut..];
        }
        yield return lines;
    }
}
