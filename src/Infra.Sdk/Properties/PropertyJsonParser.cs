using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Buffers;
using System.Text.Unicode;
using System.Text.Json;

namespace Infra.Properties;

/// <summary>
/// Parses UTF-8 JSON text into property values, sharing one copy of each repeated key and short string value (and of
/// the value object holding it) across every text it parses. A checkpoint of a large stack holds the same few dozen
/// keys (<c>apiVersion</c>, <c>metadata</c>, <c>labels</c>...) and values (<c>apps/v1</c>, <c>TCP</c>, a unit's name
/// in its labels and selectors) hundreds of thousands of times; sharing them leaves the decoded state with a fraction
/// of the objects, and the garbage collector's work in the rest of the command grows with the number of live objects.
/// Not thread-safe: use one parser per thread.
/// </summary>
public sealed class PropertyJsonParser
{
    // Strings longer than this are rarely repeated (descriptions, certificates, scripts) and are not shared.
    private const int MaxSharedLength = 64;

    // A direct-mapped table: a string goes to the slot its hash picks, replacing what was there. Strings seen all
    // over the text stay, and so do those repeated within one resource (its name in labels and selectors), while the
    // table never grows: unique strings pass through without filling it. (Names, below, are the exception: each URN is
    // kept once, as the state it belongs to keeps it anyway.)
    private const int Slots = 4096;

    // Replica counts, small ports and the like.
    private const int SharedIntegers = 1024;

    private readonly string?[]? _keys;
    private readonly PropertyValue?[]? _values;
    private readonly PropertyValue?[]? _integers;

    // URNs and type tokens: each names a resource and recurs as other resources' parent and dependencies.
    private readonly HashSet<string>? _names;
    private readonly List<KeyValuePair<string, PropertyValue>> _entries = [];
    private readonly List<PropertyValue> _items = [];

    /// <summary>Creates a parser.</summary>
    /// <param name="shareStrings">
    /// True to share repeated strings and small numbers across everything this parser reads (worth its tables, about
    /// 72 KB plus a set of the URNs and types read, for a whole state); false for a single small text.
    /// </param>
    public PropertyJsonParser(bool shareStrings = true)
    {
        if (shareStrings)
        {
            _keys = new string?[Slots];
            _values = new PropertyValue?[Slots];
            _integers = new PropertyValue?[SharedIntegers];
            _names = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The current string token as a name (a URN, a type token), the same instance as an equal name read before by
    /// this parser: a state holds each URN once, however many children and dependents refer to it.
    /// </summary>
    internal string ReadName(ref Utf8JsonReader reader)
    {
        const int MaxNameLength = 512;
        if (_names is null || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxNameLength)
        {
            return reader.GetString()!;
        }
        Span<char> chars = stackalloc char[MaxNameLength];
        if (Utf8.ToUtf16(reader.ValueSpan, chars, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return reader.GetString()!;
        }
        var text = chars[..length];
        if (_names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            return known;
        }
        var name = text.ToString();
        _names.Add(name);
        return name;
    }

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
                    var key = ReadKey(ref reader);
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
                return ReadStringValue(ref reader);
            case JsonTokenType.Number:
                if (_integers is not null && reader.TryGetInt32(out var small) && small is >= 0 and < SharedIntegers)
                {
                    return _integers[small] ??= PropertyValue.Create(small);
                }
                return PropertyValue.Create(reader.GetDouble());
            case JsonTokenType.True:
                return PropertyValue.True;
            case JsonTokenType.False:
                return PropertyValue.False;
            default:
                return PropertyValue.Null;
        }
    }

    /// <summary>The current property name, shared when it was seen before.</summary>
    private string ReadKey(ref Utf8JsonReader reader)
    {
        Span<char> chars = stackalloc char[MaxSharedLength];
        if (_keys is null || !TryDecode(ref reader, chars, out var length))
        {
            return reader.GetString()!;
        }
        var text = chars[..length];
        var slot = Slot(text);
        if (_keys[slot] is { } shared && text.SequenceEqual(shared))
        {
            return shared;
        }
        return _keys[slot] = text.ToString();
    }

    /// <summary>The current string value, shared (string and value object) when it was seen before.</summary>
    private PropertyValue ReadStringValue(ref Utf8JsonReader reader)
    {
        Span<char> chars = stackalloc char[MaxSharedLength];
        if (_values is null || !TryDecode(ref reader, chars, out var length))
        {
            return PropertyValue.Create(reader.GetString()!);
        }
        var text = chars[..length];
        var slot = Slot(text);
        if (_values[slot] is { } shared && text.SequenceEqual(shared.StringValue))
        {
            return shared;
        }
        return _values[slot] = PropertyValue.Create(text.ToString());
    }

    private static int Slot(ReadOnlySpan<char> text) => string.GetHashCode(text, StringComparison.Ordinal) & (Slots - 1);

    /// <summary>Decodes a short, unescaped string token; false for others (and for invalid UTF-8, which the reader reports).</summary>
    private static bool TryDecode(ref Utf8JsonReader reader, scoped Span<char> chars, out int length)
    {
        length = 0;
        return !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxSharedLength
            && Utf8.ToUtf16(reader.ValueSpan, chars, out _, out length, replaceInvalidSequences: false) == OperationStatus.Done;
    }
}
