using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace Infra.Engine.State;

/// <summary>
/// Reuses JSON writers across encodings: a run encodes each resource several times (journal record, its envelope,
/// the checkpoint), and a new writer per encoding was a tenth of a render-mode run's allocation. Thread-safe.
/// </summary>
internal sealed class Utf8JsonWriterPool
{
    private readonly ConcurrentBag<Utf8JsonWriter> spare = [];

    /// <summary>A writer over <paramref name="output"/>; give it back with <see cref="Return"/> (which flushes it).</summary>
    public Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        if (spare.TryTake(out var writer))
        {
            writer.Reset(output);
            return writer;
        }
        return new Utf8JsonWriter(output);
    }

    /// <summary>Flushes <paramref name="writer"/> to its output and keeps it for the next <see cref="Rent"/>.</summary>
    public void Return(Utf8JsonWriter writer)
    {
        writer.Flush();
        writer.Reset();
        spare.Add(writer);
    }
}
