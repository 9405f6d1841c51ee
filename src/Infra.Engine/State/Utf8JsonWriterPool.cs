using System.Buffers;
using System.Text.Json;

namespace Infra.Engine.State;

/// <summary>
/// Reuses JSON writers across encodings: a run encodes each resource several times (journal record, its envelope,
/// the checkpoint), and a new writer per encoding was a tenth of a render-mode run's allocation. Thread-safe and
/// lock-free: a few slots taken and filled by atomic exchange (a lock-based bag was contended by concurrent steps);
/// a writer returned when every slot is full is simply dropped.
/// </summary>
internal sealed class Utf8JsonWriterPool
{
    private readonly Utf8JsonWriter?[] spare = new Utf8JsonWriter?[Math.Max(4, Environment.ProcessorCount * 2)];

    /// <summary>A writer over <paramref name="output"/>; give it back with <see cref="Return"/> (which flushes it).</summary>
    public Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        for (var i = 0; i < spare.Length; i++)
        {
            if (Volatile.Read(ref spare[i]) is not null && Interlocked.Exchange(ref spare[i], null) is { } writer)
            {
                writer.Reset(output);
                return writer;
            }
        }
        return new Utf8JsonWriter(output);
    }

    /// <summary>Flushes <paramref name="writer"/> to its output and keeps it for the next <see cref="Rent"/>.</summary>
    public void Return(Utf8JsonWriter writer)
    {
        writer.Flush();
        writer.Reset();
        for (var i = 0; i < spare.Length; i++)
        {
            if (Volatile.Read(ref spare[i]) is null && Interlocked.CompareExchange(ref spare[i], writer, null) is null)
            {
                return;
            }
        }
    }
}
