using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Policy.Values;

/// <summary>Converts between <see cref="Value"/> and System.Text.Json nodes, keeping numbers exact.</summary>
public static class JsonConvert
{
    /// <summary>Converts a JSON node (null means JSON null) to a value.</summary>
    public static Value FromNode(JsonNode? node)
    {
        if (node is JsonObject or JsonArray)
        {
            // Writing the tree out and reading it back is several times cheaper than walking it: a parsed node
            // would materialize a wrapper per value, and the text is read once, straight into values.
            try
            {
                var buffer = new ArrayBufferWriter<byte>(16384);
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
                {
                    node.WriteTo(writer);
                }
                return FromUtf8(buffer.WrittenSpan);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Nesting beyond the reader's or writer's depth limit: walk the tree instead.
            }
        }
        return FromNodeCore(node);
    }

    /// <summary>Parses UTF-8 JSON text straight into a value (the same value as <see cref="FromElement"/> of the parsed text).</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static Value FromUtf8(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 512 });
        if (!reader.Read())
        {
            throw new JsonException("empty JSON text");
        }
        var value = new JsonValueReader().Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("unexpected text after the JSON value");
        }
        return value;
    }

    private static Value FromNodeCore(JsonNode? node)
    {
        switch (node)
        {
            case null: return NullValue.Instance;
            case JsonObject o:
                var map = new Dictionary<Value, Value>(o.Count);
                foreach (var kv in o) map[new StringValue(kv.Key)] = FromNodeCore(kv.Value);
                return new ObjectValue(map);
            case JsonArray a:
                var items = new Value[a.Count];
                for (var i = 0; i < a.Count; i++) items[i] = FromNodeCore(a[i]);
                return new ArrayValue(items);
            case JsonValue v:
                if (v.TryGetValue<JsonElement>(out var element)) return FromElement(element);
                if (v.TryGetValue<string>(out var str)) return new StringValue(str);
                if (v.TryGetValue<bool>(out var flag)) return BoolValue.Of(flag);
                if (v.TryGetValue<long>(out var l)) return NumberValue.Of(l);
                return TryParse(v.ToJsonString()) ?? NullValue.Instance;
            default:
                return NullValue.Instance;
        }
    }

    /// <summary>Converts a JSON element to a value.</summary>
    public static Value FromElement(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<Value, Value>();
                foreach (var p in e.EnumerateObject()) map[new StringValue(p.Name)] = FromElement(p.Value);
                return new ObjectValue(map);
            case JsonValueKind.Array:
                return new ArrayValue(e.EnumerateArray().Select(FromElement).ToArray());
            case JsonValueKind.String: return new StringValue(e.GetString()!);
            case JsonValueKind.Number: return NumberValue.Parse(e.GetRawText()) ?? NumberValue.Of(e.GetDouble());
            case JsonValueKind.True: return BoolValue.True;
            case JsonValueKind.False: return BoolValue.False;
            default: return NullValue.Instance;
        }
    }

    /// <summary>Parses JSON text to a value; null when the text is not valid JSON.</summary>
    public static Value? TryParse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 512 });
            return FromElement(doc.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Converts a value to a JSON node (sets become sorted arrays; non-string keys become their JSON text).</summary>
    public static JsonNode? ToNode(Value v)
    {
        switch (v)
        {
            case NullValue: return null;
            case BoolValue b: return JsonValue.Create(b.Value);
            case StringValue s: return JsonValue.Create(s.Value);
            case NumberValue n:
                return n.IsInteger && n.TryGetInt64(out var l) && n.ToJsonText() == l.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    ? JsonValue.Create(l)
                    : JsonNode.Parse(n.ToJsonText());
            case ArrayValue a:
                return new JsonArray(a.Items.Select(ToNode).ToArray());
            case SetValue set:
                return new JsonArray(set.Items.Select(ToNode).ToArray());
            case ObjectValue o:
                var obj = new JsonObject();
                foreach (var kv in o.Entries.Select(e => (Key: ValueFormatter.KeyText(e.Key), e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal))
                    obj[kv.Key] = ToNode(kv.Value);
                return obj;
            default:
                return null;
        }
    }

    /// <summary>Compact JSON text of a value.</summary>
    public static string ToJsonText(Value v) => ValueFormatter.ToJson(v, html: false);
}
