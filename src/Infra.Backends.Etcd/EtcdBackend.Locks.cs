using System.Globalization;
using System.Text.Json;
using Etcdserverpb;
using Google.Protobuf;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Etcd.Client;
using Mvccpb;

namespace Infra.Backends.Etcd;

/// <summary>
/// Stack locks: the lock key holds the holder's <see cref="LockInfo"/> and is attached to a lease of
/// <see cref="EtcdBackendSettings.LockTtl"/> that the holder keeps alive; if the holder dies, etcd deletes the key
/// when the lease runs out.
/// </summary>
public sealed partial class EtcdBackend
{
    // etcd's answer when a request names a lease that has already expired (ErrLeaseNotFound).
    private const string LeaseNotFound = "requested lease not found";
    private const int MaxLeaseAttempts = 3;

    /// <inheritdoc />
    public async Task<IAsyncDisposable> LockAsync(string stack, LockInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var keys = Keys(stack);
        var ttl = (long)Math.Ceiling(Settings.LockTtl.TotalSeconds);
        var value = ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(info, LockInfoJson.Default.LockInfo));
        for (var attempt = 1; ; attempt++)
        {
            var lease = await CallAsync($"granting a lease for the lock of stack '{stack}'", (h, d, c) => Client.LeaseGrantAsync(new LeaseGrantRequest { TTL = ttl }, h, d, c), cancellationToken).ConfigureAwait(false);
            TxnResponse response;
            try
            {
                response = await TxnAsync($"locking stack '{stack}'", Txn.Build([Txn.Missing(keys.Lock)], [Txn.Put(keys.Lock, value, lease.ID)], [Txn.Get(keys.Lock)]), cancellationToken).ConfigureAwait(false);
            }
            catch (InputException e) when (attempt < MaxLeaseAttempts && e.Message.Contains(LeaseNotFound, StringComparison.Ordinal))
            {
                // A short lease ran out between its grant and its use (a slow or just restarted etcd): take a fresh one.
                continue;
            }
            catch
            {
                await RevokeQuietlyAsync(lease.ID).ConfigureAwait(false);
                throw;
            }
            return await HoldAsync(stack, keys, info, lease.ID, response, cancellationToken).ConfigureAwait(false);
        }
    }

    // Holds the lock the transaction took, or, when another holder has it, gives the lease back and names the holder.
    private async Task<IAsyncDisposable> HoldAsync(string stack, StackKeys keys, LockInfo info, long leaseId, TxnResponse response, CancellationToken cancellationToken)
    {
        if (!response.Succeeded)
        {
            await RevokeQuietlyAsync(leaseId).ConfigureAwait(false);
            throw await LockedAsync(stack, keys, First(response, 0), cancellationToken).ConfigureAwait(false);
        }
        var held = new HeldLock(stack, response.Header.Revision, leaseId, info.Id, _session.KeepAlive(leaseId, Settings.LockTtl));
        _held[stack] = held;
        return new EtcdStackLock(this, held);
    }

    /// <inheritdoc />
    public async Task ForceUnlockAsync(string stack, CancellationToken cancellationToken)
    {
        var keys = Keys(stack);
        var read = await TxnAsync($"reading the lock of stack '{stack}'", Txn.Build([], [Txn.Get(keys.Lock)]), cancellationToken).ConfigureAwait(false);
        if (First(read, 0) is not { } current)
        {
            return;
        }
        var delete = new RequestOp { RequestDeleteRange = new DeleteRangeRequest { Key = keys.Lock } };
        await TxnAsync($"unlocking stack '{stack}'", Txn.Build([Txn.CreateRevisionIs(keys.Lock, current.CreateRevision)], [delete]), cancellationToken).ConfigureAwait(false);
        if (_held.TryGetValue(stack, out var mine) && mine.CreateRevision == current.CreateRevision)
        {
            _held.TryRemove(new KeyValuePair<string, HeldLock>(stack, mine));
            await mine.Keeper.DisposeAsync().ConfigureAwait(false);
        }
        if (current.Lease != 0)
        {
            await RevokeQuietlyAsync(current.Lease).ConfigureAwait(false);
        }
    }

    /// <summary>Stops refreshing and revokes the lease, which deletes the lock key. Never throws: an unreachable etcd lets the lease expire.</summary>
    internal async ValueTask ReleaseAsync(HeldLock held)
    {
        _held.TryRemove(new KeyValuePair<string, HeldLock>(held.Stack, held));
        await held.Keeper.DisposeAsync().ConfigureAwait(false);
        await RevokeQuietlyAsync(held.LeaseId).ConfigureAwait(false);
    }

    /// <summary>The lock held by this backend for <paramref name="stack"/>, if any (tests).</summary>
    internal HeldLock? HeldLockFor(string stack) => _held.TryGetValue(stack, out var held) ? held : null;

    /// <summary>Writes made under this backend's lock require that lock key; writes made without one require that nobody holds it.</summary>
    private Compare[] Fence(StackKeys keys) =>
        _held.TryGetValue(keys.Stack, out var held)
            ? [Txn.CreateRevisionIs(keys.Lock, held.CreateRevision)]
            : [Txn.Missing(keys.Lock)];

    /// <summary>Throws when a failed transaction failed because of the lock (given the lock key as it is now).</summary>
    private void ThrowIfFenceBroken(StackKeys keys, KeyValue? lockKey)
    {
        var stack = keys.Stack;
        if (_held.TryGetValue(stack, out var held))
        {
            if (lockKey is not null && lockKey.CreateRevision == held.CreateRevision)
            {
                return;
            }
            if (lockKey is null)
            {
                throw new InputException($"this run's lock on stack '{stack}' in {Url} was lost ({(held.Keeper.IsLost ? "its lease expired" : "its lease expired or someone ran --force-unlock")}); nothing was written. Run again.");
            }
        }
        else if (lockKey is null)
        {
            return;
        }
        throw new StateLockedException(stack, ParseHolder(lockKey), $"Nothing was written; wait for it to finish (lock key {Display(keys, "lock")}).");
    }

    private async Task<StateLockedException> LockedAsync(string stack, StackKeys keys, KeyValue? lockKey, CancellationToken cancellationToken)
    {
        var holder = lockKey is null ? null : ParseHolder(lockKey);
        var expiry = "";
        if (lockKey?.Lease is { } leaseId and not 0)
        {
            try
            {
                var left = await _session.CallAsync("reading the lock's lease", (h, d, c) => Client.LeaseTimeToLiveAsync(new LeaseTimeToLiveRequest { ID = leaseId }, h, d, c), cancellationToken).ConfigureAwait(false);
                // etcd reports whole seconds rounded down: 0 is a live lease with under a second left, -1 one already gone.
                expiry = left.TTL >= 0 ? $" (its lease has {left.TTL} s left and is refreshed while the holder runs)" : "";
            }
            catch (EtcdException)
            {
                // The remaining time is only a courtesy in the message.
            }
        }
        var ttl = Settings.LockTtl.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return new StateLockedException(stack, holder, $"Wait for it to finish. If that run died, its lock expires by itself within {ttl} s{expiry}; to take it now, run again with --force-unlock (lock key {Display(keys, "lock")}).");
    }

    private static LockInfo? ParseHolder(KeyValue lockKey)
    {
        try
        {
            return JsonSerializer.Deserialize(lockKey.Value.Span, LockInfoJson.Default.LockInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RevokeQuietlyAsync(long leaseId)
    {
        try
        {
            await _session.CallAsync("revoking a lock lease", (h, d, c) => Client.LeaseRevokeAsync(new LeaseRevokeRequest { ID = leaseId }, h, d, c), CancellationToken.None).ConfigureAwait(false);
        }
        catch (EtcdException)
        {
            // Unreachable, or the lease is already gone: either way it ends by itself within the TTL.
        }
    }
}
