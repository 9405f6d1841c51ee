using System.Collections.Concurrent;
using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Core;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Etcd.Client;
using Mvccpb;

namespace Infra.Backends.Etcd;

/// <summary>
/// State in etcd. Each stack's keys live under <c>PREFIX/stacks/NAME/</c>: <c>checkpoint</c>, <c>backup</c>,
/// <c>journal/000000000001</c>… (one key per appended batch, in append order), <c>lock</c> (the holder's
/// <see cref="LockInfo"/> as JSON, attached to a lease kept alive while the holder runs), <c>blobs/SHA256/…</c>
/// (chunks of checkpoints too large for one etcd request) and <c>discarded/…</c> (journals set aside by a backup
/// restore). The checkpoint key's ModRevision is the revision for compare-and-swap;
/// every write is one transaction that also checks the lock key, so a writer whose lock was lost or taken over can
/// never interleave its writes with the new holder's.
/// </summary>
public sealed partial class EtcdBackend : IStateBackend
{
    private readonly EtcdSession _session;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, HeldLock> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _nextChunk = new(StringComparer.Ordinal);

    /// <summary>Opens the backend (no network traffic until the first call).</summary>
    /// <param name="settings">Connection, prefix and lock TTL.</param>
    /// <param name="time">The clock (names discarded journals); null: the system clock.</param>
    public EtcdBackend(EtcdBackendSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _time = time ?? TimeProvider.System;
        try
        {
            _session = new EtcdSession(settings.Connection);
        }
        catch (EtcdException e)
        {
            throw new InputException($"state backend {settings.Url}: {e.Message}");
        }
    }

    /// <summary>The settings.</summary>
    public EtcdBackendSettings Settings { get; }

    /// <inheritdoc />
    public string Url => Settings.Url;

    private EtcdClient Client => _session.Client;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListStacksAsync(CancellationToken cancellationToken)
    {
        var root = ByteString.CopyFromUtf8(Settings.Prefix + "/stacks/");
        var request = new RangeRequest { Key = root, RangeEnd = StackKeys.RangeEnd(root), KeysOnly = true };
        var response = await CallAsync("listing stacks", (h, d, c) => Client.GetAsync(request, h, d, c), cancellationToken).ConfigureAwait(false);
        var prefix = root.ToStringUtf8();
        return response.Kvs
            .Select(kv => kv.Key.ToStringUtf8()[prefix.Length..])
            .Where(rest => rest.EndsWith("/checkpoint", StringComparison.Ordinal) && rest.IndexOf('/', StringComparison.Ordinal) == rest.Length - "/checkpoint".Length)
            .Select(rest => rest[..^"/checkpoint".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<StoredStack?> ReadAsync(string stack, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var response = await TxnAsync($"reading stack '{stack}'", Txn.Build([], [Txn.Get(keys.Checkpoint), Txn.GetPrefix(keys.JournalPrefix)]), cancellationToken).ConfigureAwait(false);
        var checkpoint = First(response, 0);
        if (checkpoint is null)
        {
            return null;
        }
        var chunks = response.Responses[1].ResponseRange.Kvs;
        var journal = new byte[chunks.Sum(kv => kv.Value.Length)];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.Value.Span.CopyTo(journal.AsSpan(offset));
            offset += chunk.Value.Length;
        }
        if (chunks.Count > 0)
        {
            _nextChunk[stack] = StackKeys.ParseChunk(chunks[^1].Key) + 1;
        }
        var revision = response.Header.Revision;
        var bytes = await LoadValueAsync(keys, checkpoint, revision, "checkpoint", cancellationToken).ConfigureAwait(false);
        return new StoredStack(bytes, journal, checkpoint.ModRevision.ToString(System.Globalization.CultureInfo.InvariantCulture), Display(keys, "checkpoint"), Display(keys, "journal/"));
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadBackupAsync(string stack, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var response = await TxnAsync($"reading the backup of stack '{stack}'", Txn.Build([], [Txn.Get(keys.Backup)]), cancellationToken).ConfigureAwait(false);
        return First(response, 0) is { } backup ? await LoadValueAsync(keys, backup, response.Header.Revision, "backup", cancellationToken).ConfigureAwait(false) : null;
    }

    /// <inheritdoc />
    public async Task CreateAsync(string stack, ReadOnlyMemory<byte> checkpoint, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var (value, blobCheck) = await StoreCheckpointAsync(keys, checkpoint, cancellationToken).ConfigureAwait(false);
        var txn = Txn.Build([Txn.Missing(keys.Checkpoint), .. blobCheck, .. Fence(keys)], [Txn.Put(keys.Checkpoint, value)], [Txn.Get(keys.Lock)]);
        var response = await TxnAsync($"creating stack '{stack}'", txn, cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded)
        {
            ThrowIfFenceBroken(keys, First(response, 0));
            throw new InputException($"stack '{stack}' already exists in {Url}.");
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string stack, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var response = await TxnAsync($"removing stack '{stack}'", Txn.Build(Fence(keys), [Txn.DeletePrefix(keys.All)], [Txn.Get(keys.Lock)]), cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded)
        {
            ThrowIfFenceBroken(keys, First(response, 0));
        }
        _nextChunk.TryRemove(stack, out _);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var held in _held.Values)
        {
            await ReleaseAsync(held).ConfigureAwait(false);
        }
        _session.Dispose();
    }

    private StackKeys Keys(string stack)
    {
        ArgumentException.ThrowIfNullOrEmpty(stack);
        return StackKeys.For(Settings.Prefix, stack);
    }

    private string Display(StackKeys keys, string name) => $"etcd://{Settings.Connection.EndpointList}/{keys.Display(name)}";

    private static KeyValue? First(TxnResponse response, int index) => response.Responses[index].ResponseRange.Kvs.FirstOrDefault();

    private Task<TxnResponse> TxnAsync(string action, TxnRequest request, CancellationToken cancellationToken) =>
        CallAsync(action, (h, d, c) => Client.TransactionAsync(request, h, d, c), cancellationToken);

    private async Task<T> CallAsync<T>(string action, Func<Metadata?, DateTime, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _session.CallAsync(action, call, cancellationToken).ConfigureAwait(false);
        }
        catch (EtcdException e)
        {
            var hint = e.Message.Contains("too large", StringComparison.Ordinal)
                ? " The state is larger than etcd accepts in one request: raise etcd's --max-request-bytes (default 1.5 MiB), or use the file backend."
                : "";
            throw new InputException($"state backend {Url}: {e.Message}{hint}");
        }
    }
}
