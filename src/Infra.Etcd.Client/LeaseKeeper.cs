using Etcdserverpb;
using Grpc.Core;

namespace Infra.Etcd.Client;

/// <summary>
/// Keeps one lease alive from the background: sends a refresh every third of the TTL over a keep-alive stream,
/// reopening the stream soon after errors (so a short etcd outage or a slow answer is survived). Stops when disposed, or when etcd says
/// the lease no longer exists (<see cref="IsLost"/>).
/// </summary>
public sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly EtcdSession _session;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _lost;
    private int _disposed;
    private long _renewals;

    internal LeaseKeeper(EtcdSession session, long leaseId, TimeSpan ttl)
    {
        _session = session;
        LeaseId = leaseId;
        _interval = ttl / 3;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The lease.</summary>
    public long LeaseId { get; }

    /// <summary>True once etcd reported that the lease expired or was revoked.</summary>
    public bool IsLost => Volatile.Read(ref _lost) == 1;

    /// <summary>How many refreshes etcd acknowledged.</summary>
    public long Renewals => Interlocked.Read(ref _renewals);

    /// <summary>Stops refreshing (the lease itself is left to the caller: revoke it or let it expire). Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        AsyncDuplexStreamingCall<LeaseKeepAliveRequest, LeaseKeepAliveResponse>? call = null;
        var wait = _interval;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(wait, _stop.Token).ConfigureAwait(false);
                    wait = _interval;
                    call ??= _session.Client.GetConnection().LeaseClient.LeaseKeepAlive(await _session.HeadersAsync(_stop.Token).ConfigureAwait(false), cancellationToken: _stop.Token);
                    await call.RequestStream.WriteAsync(new LeaseKeepAliveRequest { ID = LeaseId }, _stop.Token).ConfigureAwait(false);
                    using var answer = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                    answer.CancelAfter(_interval);
                    if (!await call.ResponseStream.MoveNext(answer.Token).ConfigureAwait(false))
                    {
                        call.Dispose();
                        call = null;
                        continue;
                    }
                    if (call.ResponseStream.Current.TTL <= 0)
                    {
                        Volatile.Write(ref _lost, 1);
                        return;
                    }
                    Interlocked.Increment(ref _renewals);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (e is RpcException or OperationCanceledException or InvalidOperationException or IOException)
                {
                    // etcd unreachable, slow, or the stream broke: reopen it soon rather than a full interval later, so one
                    // slow answer on a loaded machine does not use up the rest of the TTL.
                    call?.Dispose();
                    call = null;
                    wait = TimeSpan.FromMilliseconds(Math.Min(250, _interval.TotalMilliseconds));
                }
            }
        }
        finally
        {
            call?.Dispose();
        }
    }
}
