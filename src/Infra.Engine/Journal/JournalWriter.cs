using System.Buffers;
using System.Threading.Channels;
using Infra.Engine.State;

namespace Infra.Engine.Journal;

/// <summary>
/// Appends journal records with group commit: records that arrive while a write is in flight are written and
/// made durable together, and each caller's task completes only once its own record is durable. One fsync per
/// batch keeps the per-step cost flat while no acknowledged step can be lost. A caller whose effects are not yet
/// visible anywhere (a provider that defers them to its finish) may instead go on once its record is queued: records
/// are written in the order they are queued, and <see cref="FlushAsync"/> makes them all durable before the provider
/// is told to finish.
/// </summary>
public sealed class JournalWriter : IAsyncDisposable
{
    private readonly StateStore _store;
    private readonly Channel<(byte[] Line, TaskCompletionSource? Done)> _queue = Channel.CreateUnbounded<(byte[], TaskCompletionSource?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _pump;
    private readonly Lock _sequenceLock = new();
    private long _sequence;
    private bool _headerWritten;
    private long _bytesWritten;
    private Exception? _writeFailure;

    private readonly CrashInjector? _crash;

    internal JournalWriter(StateStore store, StackState baseState, bool continuesExisting, TimeProvider time, CrashInjector? crash = null)
    {
        _crash = crash;
        _store = store;
        State = new StateBuilder(baseState);
        _headerWritten = continuesExisting;
        BaseSerial = baseState.Serial;
        Lineage = baseState.Lineage;
        _ = time;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>The state as the journal has it so far.</summary>
    public StateBuilder State { get; }

    /// <summary>Bytes appended so far.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>Records appended so far.</summary>
    public long Records => Interlocked.Read(ref _sequence);

    private long BaseSerial { get; }

    private string Lineage { get; }

    /// <summary>Appends a record and waits until it is durable; then applies it to <see cref="State"/>.</summary>
    public Task AppendAsync(JournalOp op, StepKind kind, string urn, ResourceState? resource, string? id = null, string? error = null) =>
        AppendAsync(op, kind, urn, resource, untilDurable: true, id, error);

    /// <summary>
    /// Appends a record and applies it to <see cref="State"/>; with <paramref name="untilDurable"/> false it returns
    /// once the record is queued (ahead of any record queued later), for effects that stay invisible until
    /// <see cref="FlushAsync"/> has made the queued records durable.
    /// </summary>
    public async Task AppendAsync(JournalOp op, StepKind kind, string urn, ResourceState? resource, bool untilDurable, string? id = null, string? error = null)
    {
        JournalEntry entry;
        byte[] line;
        // The resource (nearly all of a record) is encoded on its own, then framed in an envelope that carries the
        // sequence number; the bytes are the same as encoding the entry at once.
        using var encodedResource = new PooledBufferWriter(resource is null ? 0 : 4096);
        if (resource is not null)
        {
            _store.Journal.WriteResource(encodedResource, resource);
        }
        if (_crash is not null)
        {
            lock (_sequenceLock)
            {
                // With crash injection each record is its own durable write, so every boundary can be hit exactly.
                entry = new JournalEntry(++_sequence, op, kind, urn, resource, id, error);
                line = _store.Journal.Encode(entry, encodedResource.WrittenSpan, resource is not null);
                _crash.BeforeWrite();
                WriteNow(line);
                _crash.AfterWrite();
                State.Apply(entry);
                return;
            }
        }
        // Only the sequence number is taken in turn (the numbers stay unique and gap-free); framing, a checksum of the
        // whole line, runs in parallel. Concurrent steps queued their records as they finished before this too, so the
        // file was never in strict sequence order: what must keep its order, a resource's own records and a dependent's
        // behind its dependency's, is ordered by the steps themselves, since each is queued before its step goes on.
        ThrowIfWriteFailed();
        entry = new JournalEntry(Interlocked.Increment(ref _sequence), op, kind, urn, resource, id, error);
        line = _store.Journal.Encode(entry, encodedResource.WrittenSpan, resource is not null);
        var done = untilDurable ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        await _queue.Writer.WriteAsync((line, done)).ConfigureAwait(false);
        if (done is not null)
        {
            await done.Task.ConfigureAwait(false);
        }
        State.Apply(entry);
    }

    /// <summary>Waits until every record queued so far is durable; throws if any of them could not be written.</summary>
    /// <remarks>
    /// Takes no cancellation token on purpose: once steps have gone on, what they queued must reach the disk (or fail)
    /// before anything else is decided, interrupted run or not.
    /// </remarks>
    public async Task FlushAsync()
    {
        if (_crash is null)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _queue.Writer.WriteAsync(([], done)).ConfigureAwait(false);
            try
            {
                await done.Task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The marker shared a batch that failed: reported below as the journal's failure.
            }
        }
        ThrowIfWriteFailed();
    }

    // The backend's own error is rethrown as is: it already says what failed and where (an unreachable etcd, a full disk).
    private void ThrowIfWriteFailed()
    {
        if (Volatile.Read(ref _writeFailure) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>True when an injected crash stopped this journal (tests only).</summary>
    public bool Crashed => _crash?.Crashed == true;

    /// <summary>Throws the injected crash, if one happened.</summary>
    public void ThrowIfCrashed() => _crash?.ThrowIfCrashed();

    private void WriteNow(byte[] line)
    {
        var bytes = _headerWritten ? line : [.. JournalCodec.EncodeHeader(new JournalHeader(Lineage, BaseSerial)), .. line];
        _store.AppendAsync(bytes, CancellationToken.None).GetAwaiter().GetResult();
        _headerWritten = true;
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    /// <summary>Stops accepting records and waits for the last batch.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        var batch = new List<(byte[] Line, TaskCompletionSource? Done)>();
        // One buffer for every batch (backends copy what they append): a large run would otherwise allocate, and soon
        // collect, a growing buffer per batch.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (_queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            if (Volatile.Read(ref _writeFailure) is { } failed)
            {
                // After a failed write nothing more is written: a later record must never be durable without an
                // earlier one (a dependent without its dependency), and the file must not go on past a torn batch.
                foreach (var (_, done) in batch)
                {
                    done?.TrySetException(failed);
                }
                continue;
            }
            if (batch.TrueForAll(item => item.Line.Length == 0))
            {
                // Only flush markers: everything queued before them is already written.
                foreach (var (_, done) in batch)
                {
                    done?.TrySetResult();
                }
                continue;
            }
            try
            {
                buffer.ResetWrittenCount();
                if (!_headerWritten)
                {
                    buffer.Write(JournalCodec.EncodeHeader(new JournalHeader(Lineage, BaseSerial)));
                }
                foreach (var (line, _) in batch)
                {
                    buffer.Write(line);
                }
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await _store.AppendAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
                Telemetry.EngineTelemetry.StateWriteDuration.Record(watch.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("kind", "journal"));
                Telemetry.EngineTelemetry.StateWriteBytes.Add(buffer.WrittenCount, new KeyValuePair<string, object?>("kind", "journal"));
                _headerWritten = true;
                Interlocked.Add(ref _bytesWritten, buffer.WrittenCount);
                foreach (var (_, done) in batch)
                {
                    done?.TrySetResult();
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _writeFailure, e, null);
                foreach (var (_, done) in batch)
                {
                    done?.TrySetException(e);
                }
            }
        }
    }
}
