using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Buffers;
using System.Text.Unicode;
using System.Text.Json;

namespace Infra.Properties;

/// <summary>
/// Parses UTF-8 JSON text into property values, sharing one copy of each repeated key and short string across every
/// text it parses. A checkpoint of a large stack holds the same few dozen keys (<c>apiVersion</c>, <c>metadata</c>,
/// <c>labels</c>...) hundreds of thousands of times; one string per key instead of one per occurrence makes the
/// decoded state a fraction of the size, and a smaller live heap is what makes the garbage collector cheap for the
/// rest of the command. Not thread-safe: use one parser per thread.
/// </summary>
public sealed class PropertyJsonParser
{
    // Values longer than this are rarely repeated (descriptions, certificates, scripts) and are not shared.
    private const int MaxSharedLength = 64;

    // Past this many distinct strings, new ones are no longer remembered (unique names would only fill the table).
    private const int MaxShared = 16_384;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<KeyValuePair<string, PropertyValue>> _entries = [];
    private readonly List<PropertyValue> _items = [];

    /// <summary>Creates a parser with an empty string table.</summary>
    public PropertyJsonParser() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses one JSON value; the same values as <see cref="PropertyJson.FromJson(JsonElement)"/> of the parsed text.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public PropertyValue Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read())
        {
            throw new JsonException("empty JSON text");
        }
        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("unexpected text after the JSON value");
        }
        return value;
    }

    private PropertyValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                // Entries of nested objects are stacked on one list and copied out into an exactly sized array when
                // their object ends, so no per-object list ever grows or is thrown away.
                var firstEntry = _entries.Count;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = ReadString(ref reader);
                    reader.Read();
                    var item = ReadValue(ref reader);
                    _entries.Add(new(key, item));
                }
                var entries = CollectionsMarshal.AsSpan(_entries)[firstEntry..].ToArray();
                _entries.RemoveRange(firstEntry, entries.Length);
                return PropertyValue.Create(PropertyMap.FromOwnedArray(entries));
            case JsonTokenType.StartArray:
                var firstItem = _items.Count;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = ReadValue(ref reader);
                    _items.Add(item);
                }
                var items = CollectionsMarshal.AsSpan(_items)[firstItem..].ToArray();
                _items.RemoveRange(firstItem, items.Length);
                return PropertyValue.Create(ImmutableCollectionsMarshal.AsImmutableArray(items));
            case JsonTokenType.String:
                return PropertyValue.Create(ReadString(ref reader));
            case JsonTokenType.Number:
                return PropertyValue.Create(reader.GetDouble());
            case JsonTokenType.True:
                return PropertyValue.True;
            case JsonTokenType.False:
                return PropertyValue.False;
            default:
                return PropertyValue.Null;
        }
    }

    /// <summary>The current string token (a property name or a string value), shared when it was seen before.</summary>
    private string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxSharedLength)
        {
            return reader.GetString()!;
        }
        Span<char> chars = stackalloc char[MaxSharedLength];
        if (Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return reader.GetString()!; // throws the reader's own error for invalid UTF-8
        }
        var text = chars[..length];
        if (_lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }
        var created = text.ToString();
        if (_strings.Count < MaxShared)
        {
            _strings.Add(created);
        }
        return created;
    }
}
