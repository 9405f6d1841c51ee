using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Infra.Policy.Values;

/// <summary>
/// Reads UTF-8 JSON straight into values. Property names and short strings repeat across a document (every resource
/// has a <c>metadata</c>, most share a namespace), so one <see cref="StringValue"/> per distinct short text is shared:
/// less to allocate, and equal strings compare by reference.
/// </summary>
internal sealed class JsonValueReader
{
    private const int MaxSharedLength = 64;

    private readonly Dictionary<string, StringValue> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StringValue>.AlternateLookup<ReadOnlySpan<char>> _textLookup;
    private Value[] _scratch = new Value[256];
    private int _top;

    public JsonValueReader() => _textLookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public Value Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    // Entries collect on a shared scratch stack (key, value, key, value…) above this object's start.
                    var start = _top;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = Text(ref reader);
                        reader.Read();
                        var value = Read(ref reader);
                        Push(key);
                        Push(value);
                    }
                    var count = (_top - start) / 2;
                    var keys = new Value[count];
                    var values = new Value[count];
                    for (var i = 0; i < count; i++)
                    {
                        keys[i] = _scratch[start + 2 * i];
                        values[i] = _scratch[start + 2 * i + 1];
                    }
                    Pop(start);
                    return ObjectValue.FromEntries(keys, values, count);
                }
            case JsonTokenType.StartArray:
                {
                    var start = _top;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        Push(Read(ref reader));
                    }
                    var count = _top - start;
                    if (count == 0) return new ArrayValue([]);
                    var items = _scratch.AsSpan(start, count).ToArray();
                    Pop(start);
                    return new ArrayValue(items);
                }
            case JsonTokenType.String: return Text(ref reader);
            case JsonTokenType.Number:
                // Plain non-zero integers (the common case) skip the text round trip; "-0", fractions and exponents
                // keep their exact reading.
                if (reader.TryGetInt64(out var integer) && integer != 0) return NumberValue.Of(integer);
                var text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                return NumberValue.Parse(text) ?? NumberValue.Of(reader.GetDouble());
            case JsonTokenType.True: return BoolValue.True;
            case JsonTokenType.False: return BoolValue.False;
            default: return NullValue.Instance;
        }
    }

    private void Push(Value v)
    {
        if (_top == _scratch.Length) Array.Resize(ref _scratch, _scratch.Length * 2);
        _scratch[_top++] = v;
    }

    private void Pop(int start)
    {
        Array.Clear(_scratch, start, _top - start);
        _top = start;
    }

    private StringValue Text(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxSharedLength
            || !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            return new StringValue(reader.GetString()!);
        }
        Span<char> chars = stackalloc char[MaxSharedLength];
        var n = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        if (_textLookup.TryGetValue(chars[..n], out var cached)) return cached;
        var shared = new StringValue(new string(chars[..n]));
        _texts[shared.Value] = shared;
        return shared;
    }
}
