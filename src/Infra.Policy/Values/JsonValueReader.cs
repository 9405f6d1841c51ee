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
    private readonly JsonObjectShapes _shapes = new();
    private Value[] _scratch = new Value[256];
    private int _top;
    private Value[] _keyScratch = new Value[64];
    private int _keyTop;

    public JsonValueReader() => _textLookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public Value Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    // Keys and values collect on shared scratch stacks above this object's start.
                    var keyStart = _keyTop;
                    var start = _top;
                    var sharedKeys = true;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = Text(ref reader, out var shared);
                        sharedKeys &= shared;
                        reader.Read();
                        var value = Read(ref reader);
                        PushKey(key);
                        Push(value);
                    }
                    var obj = _shapes.Build(_keyScratch.AsSpan(keyStart, _keyTop - keyStart), _scratch.AsSpan(start, _top - start), sharedKeys);
                    Array.Clear(_keyScratch, keyStart, _keyTop - keyStart);
                    _keyTop = keyStart;
                    Pop(start);
                    return obj;
                }
            case JsonTokenType.StartArray:
                {
                    var start = _top;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        Push(Read(ref reader));
                    }
                    var count = _top - start;
                    if (count == 0) return ArrayValue.Empty;
                    var items = _scratch.AsSpan(start, count).ToArray();
                    Pop(start);
                    return new ArrayValue(items);
                }
            case JsonTokenType.String: return Text(ref reader, out _);
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

    private void PushKey(Value key)
    {
        if (_keyTop == _keyScratch.Length) Array.Resize(ref _keyScratch, _keyScratch.Length * 2);
        _keyScratch[_keyTop++] = key;
    }

    private void Pop(int start)
    {
        Array.Clear(_scratch, start, _top - start);
        _top = start;
    }

    private StringValue Text(ref Utf8JsonReader reader, out bool shared)
    {
        shared = false;
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxSharedLength
            || !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            return new StringValue(reader.GetString()!);
        }
        Span<char> chars = stackalloc char[MaxSharedLength];
        var n = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        shared = true;
        if (_textLookup.TryGetValue(chars[..n], out var cached)) return cached;
        var text = new StringValue(new string(chars[..n]));
        _texts[text.Value] = text;
        return text;
    }
}
