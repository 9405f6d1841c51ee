using System.Buffers;
using System.Threading.Channels;
using Infra.Engine.State;

namespace Infra.Engine.Journal;

/// <summary>
/// Appends journal records with group commit: records that arrive while a write is in flight are written and
/// made durable together, and each caller's task completes only once its own record is durable. Records are framed
/// straight into a pending buffer that the writer swaps with a spare when it takes a batch (double buffering), so a
/// record costs no array, queue node or completion source of its own: a batch has one completion for all its callers.
/// One fsync per batch keeps the per-step cost flat while no acknowledged step can be lost. A caller whose effects are
/// not yet visible anywhere (a provider that defers them to its finish) may instead go on once its record is queued:
/// records are written in the order they are queued, and <see cref="FlushAsync"/> makes them all durable before the
/// provider is told to finish.
/// </summary>
public sealed class JournalWriter : IAsyncDisposable
{
    private readonly StateStore _store;
    // Wakes the pump; at most one wake-up is pending, since a batch takes everything appended before it.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Task _pump;
    private readonly Lock _sequenceLock = new();
    private readonly Lock _pendingLock = new();
    private ArrayBufferWriter<byte> _pending = new(64 * 1024);
    private TaskCompletionSource _pendingDurable = NewBatch();
    private ArrayBufferWriter<byte> _spare = new(64 * 1024);
    private bool _closed;
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
        if (_crash is not null)
        {
            lock (_sequenceLock)
            {
                // With crash injection each record is its own durable write, so every boundary can be hit exactly.
                var numbered = new JournalEntry(++_sequence, op, kind, urn, resource, id, error);
                var line = _store.Journal.Encode(numbered);
                _crash.BeforeWrite();
                WriteNow(line);
                _crash.AfterWrite();
                State.Apply(numbered);
                return;
            }
        }
        var (entry, durable) = Enqueue(op, kind, urn, resource, id, error);
        _wake.Writer.TryWrite(true);
        if (untilDurable)
        {
            await durable.ConfigureAwait(false);
        }
        State.Apply(entry);
    }

    // Only the sequence number is taken in turn (the numbers stay unique and gap-free); encoding and framing (a
    // checksum of the whole line) run in parallel, and the line is copied into the pending batch under a short lock.
    // Concurrent steps queued their records as they finished before this too, so the file was never in strict sequence
    // order: what must keep its order, a resource's own records and a dependent's behind its dependency's, is ordered
    // by the steps themselves, since each is queued before its step goes on. The pooled buffers are given back before
    // the caller waits for the batch.
    private (JournalEntry Entry, Task Durable) Enqueue(JournalOp op, StepKind kind, string urn, ResourceState? resource, string? id, string? error)
    {
        ThrowIfWriteFailed();
        using var encodedResource = new PooledBufferWriter(resource is null ? 0 : 4096);
        if (resource is not null)
        {
            _store.Journal.WriteResource(encodedResource, resource);
        }
        var entry = new JournalEntry(Interlocked.Increment(ref _sequence), op, kind, urn, resource, id, error);
        using var payload = new PooledBufferWriter(encodedResource.WrittenSpan.Length + 256);
        _store.Journal.WritePayload(payload, entry, encodedResource.WrittenSpan, resource is not null);
        Span<byte> checksum = stackalloc byte[JournalCodec.ChecksumLength];
        JournalCodec.Checksum(payload.WrittenSpan, checksum);
        lock (_pendingLock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            JournalCodec.WriteLine(_pending, checksum, payload.WrittenSpan);
            return (entry, _pendingDurable.Task);
        }
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
            Task durable;
            lock (_pendingLock)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                durable = _pendingDurable.Task;
            }
            _wake.Writer.TryWrite(true);
            try
            {
                await durable.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The batch failed: reported below as the journal's failure.
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
        lock (_pendingLock)
        {
            // Nothing is appended after the pump's last batch: a later record would wait for a write that never comes.
            _closed = true;
        }
        _wake.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    // A batch of records that were only queued may have no one waiting on it: its failure is reported by the next
    // append or flush (ThrowIfWriteFailed), so the task's own exception is marked observed.
    private static void Fail(TaskCompletionSource durable, Exception failure)
    {
        durable.TrySetException(failure);
        _ = durable.Task.Exception;
    }

    private static TaskCompletionSource NewBatch() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task PumpAsync()
    {
        while (await _wake.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            _wake.Reader.TryRead(out _);
            await WriteBatchAsync().ConfigureAwait(false);
        }
        // Anything appended after the last wake-up was taken (a caller appends before it wakes the pump).
        await WriteBatchAsync().ConfigureAwait(false);
    }

    private async Task WriteBatchAsync()
    {
        ArrayBufferWriter<byte> batch;
        TaskCompletionSource durable;
        lock (_pendingLock)
        {
            batch = _pending;
            _pending = _spare;
            durable = _pendingDurable;
            _pendingDurable = NewBatch();
        }
        try
        {
            if (Volatile.Read(ref _writeFailure) is { } failed)
            {
                // After a failed write nothing more is written: a later record must never be durable without an
                // earlier one (a dependent without its dependency), and the file must not go on past a torn batch.
                Fail(durable, failed);
                return;
            }
            if (batch.WrittenCount == 0)
            {
                // Only flushes: everything appended before them is already written.
                durable.TrySetResult();
                return;
            }
            try
            {
                var lines = batch.WrittenMemory;
                if (!_headerWritten)
                {
                    lines = (byte[])[.. JournalCodec.EncodeHeader(new JournalHeader(Lineage, BaseSerial)), .. lines.Span];
                }
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await _store.AppendAsync(lines, CancellationToken.None).ConfigureAwait(false);
                Telemetry.EngineTelemetry.StateWriteDuration.Record(watch.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("kind", "journal"));
                Telemetry.EngineTelemetry.StateWriteBytes.Add(lines.Length, new KeyValuePair<string, object?>("kind", "journal"));
                _headerWritten = true;
                Interlocked.Add(ref _bytesWritten, lines.Length);
                durable.TrySetResult();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _writeFailure, e, null);
                Fail(durable, e);
            }
        }
        finally
        {
            // Backends copy what they append, so the batch's buffer is the next spare.
            batch.ResetWrittenCount();
            _spare = batch;
        }
    }
}
