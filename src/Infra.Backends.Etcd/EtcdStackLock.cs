namespace Infra.Backends.Etcd;

/// <summary>The handle <see cref="EtcdBackend.LockAsync"/> returns; disposing it releases the lock.</summary>
internal sealed class EtcdStackLock(EtcdBackend backend, HeldLock held) : IAsyncDisposable
{
    private int _released;

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? backend.ReleaseAsync(held) : ValueTask.CompletedTask;
}
