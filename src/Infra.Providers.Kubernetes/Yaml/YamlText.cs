using System.Buffers;
using System.Globalization;

namespace Infra.Providers.Kubernetes.Yaml;

/// <summary>
/// The text of one YAML document as it is emitted, in arrays borrowed from the shared pool: emitting leaves only the
/// finished string behind, where a <see cref="System.Text.StringBuilder"/> left its chunks too (a render-mode run
/// emits one document per object, so that was a third of its allocation). Arrays go back to the pool cleared: a
/// document may hold a Secret rendered in plaintext.
/// </summary>
internal sealed class YamlText(int capacity) : IDisposable
{
    private char[] buffer = ArrayPool<char>.Shared.Rent(capacity);
    private int length;

    /// <summary>Characters written so far; may only be set lower (to drop what was just written).</summary>
    public int Length
    {
        get => length;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, length);
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            length = value;
        }
    }

    /// <summary>Appends one character.</summary>
    public YamlText Append(char value)
    {
        Room(1)[0] = value;
        length++;
        return this;
    }

    /// <summary>Appends <paramref name="value"/> <paramref name="repeatCount"/> times.</summary>
    public YamlText Append(char value, int repeatCount)
    {
        Room(repeatCount)[..repeatCount].Fill(value);
        length += repeatCount;
        return this;
    }

    /// <summary>Appends text.</summary>
    public YamlText Append(ReadOnlySpan<char> value)
    {
        value.CopyTo(Room(value.Length));
        length += value.Length;
        return this;
    }

    /// <summary>Appends text.</summary>
    public YamlText Append(string? value) => Append(value.AsSpan());

    /// <summary>Appends an integer in invariant form, with an optional format such as <c>X4</c>.</summary>
    public YamlText Append(long value, string? format = null)
    {
        int written;
        while (!value.TryFormat(Room(20), out written, format, CultureInfo.InvariantCulture))
        {
            Grow(buffer.Length * 2);
        }
        length += written;
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => new(buffer, 0, length);

    /// <inheritdoc />
    public void Dispose()
    {
        var returned = buffer;
        buffer = [];
        length = 0;
        if (returned.Length > 0)
        {
            ArrayPool<char>.Shared.Return(returned, clearArray: true);
        }
    }

    private Span<char> Room(int count)
    {
        if (buffer.Length - length < count)
        {
            Grow(Math.Max(buffer.Length * 2, length + count));
        }
        return buffer.AsSpan(length);
    }

    private void Grow(int size)
    {
        var larger = ArrayPool<char>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer, clearArray: true);
        }
        buffer = larger;
    }
}
