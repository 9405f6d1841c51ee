using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Properties;

/// <summary>How secrets and unknowns appear when a property tree is turned into JSON.</summary>
public enum SecretRendering
{
    /// <summary>Secrets become the string <c>[secret]</c> and unknowns <c>[unknown]</c>: for plans, logs and events.</summary>
    Redact,
    /// <summary>Secret markers are dropped and the plaintext is written: only for providers and explicit exports.</summary>
    Reveal,
}

/// <summary>Conversions between <see cref="PropertyValue"/> trees and System.Text.Json nodes.</summary>
public static class PropertyJson
{
    /// <summary>The text a redacted secret renders as.</summary>
    public const string SecretText = "[secret]";

    /// <summary>The text an unknown value renders as.</summary>
    public const string UnknownText = "[unknown]";

    /// <summary>Converts a JSON node (null for JSON null) to a property value.</summary>
    public static PropertyValue FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return PropertyValue.Null;
            case JsonObject obj:
                var entries = new KeyValuePair<string, PropertyValue>[obj.Count];
                var index = 0;
                foreach (var (key, item) in obj)
                {
                    entries[index++] = new(key, FromJson(item));
                }
                return PropertyValue.Create(PropertyMap.FromOwnedArray(entries));
            case JsonArray array:
                var items = new PropertyValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = FromJson(array[i]);
                }
                return PropertyValue.Create(ImmutableCollectionsMarshal.AsImmutableArray(items));
            case JsonValue value:
                var element = value.GetValueKind();
                return element switch
                {
                    JsonValueKind.String => PropertyValue.Create(value.GetValue<string>()),
                    JsonValueKind.Number => PropertyValue.Create(value.GetValue<double>()),
                    JsonValueKind.True => PropertyValue.True,
                    JsonValueKind.False => PropertyValue.False,
                    _ => PropertyValue.Null,
                };
            default:
                return PropertyValue.Null;
        }
    }

    /// <summary>Converts a parsed JSON element to a property value.</summary>
    public static PropertyValue FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<KeyValuePair<string, PropertyValue>>();
                foreach (var property in element.EnumerateObject())
                {
                    entries.Add(new(property.Name, FromJson(property.Value)));
                }
                return PropertyValue.Create(PropertyMap.FromOwnedArray([.. entries]));
            case JsonValueKind.Array:
                var items = new PropertyValue[element.GetArrayLength()];
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[index++] = FromJson(item);
                }
                return PropertyValue.Create(ImmutableCollectionsMarshal.AsImmutableArray(items));
            case JsonValueKind.String:
                return PropertyValue.Create(element.GetString()!);
            case JsonValueKind.Number:
                return PropertyValue.Create(element.GetDouble());
            case JsonValueKind.True:
                return PropertyValue.True;
            case JsonValueKind.False:
                return PropertyValue.False;
            default:
                return PropertyValue.Null;
        }
    }

    /// <summary>
    /// Parses UTF-8 JSON text straight into a property value, without an intermediate document; the same values
    /// as <see cref="FromJson(JsonElement)"/> of the parsed text.
    /// </summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static PropertyValue Parse(ReadOnlySpan<byte> utf8Json) => new PropertyJsonParser(shareStrings: false).Parse(utf8Json);

    /// <summary>Converts a property value to a JSON node.</summary>
    public static JsonNode? ToJson(PropertyValue value, SecretRendering rendering) => value.Kind switch
    {
        PropertyValueKind.Null => null,
        PropertyValueKind.Bool => JsonValue.Create(value.BoolValue),
        PropertyValueKind.Number => NumberNode(value.NumberValue),
        PropertyValueKind.String => JsonValue.Create(value.StringValue),
        PropertyValueKind.Array => ToJsonArray(value.ArrayValue, rendering),
        PropertyValueKind.Object => ToJson(value.ObjectValue, rendering),
        PropertyValueKind.Secret => rendering == SecretRendering.Reveal ? ToJson(value.SecretValue, rendering) : JsonValue.Create(SecretText),
        _ => JsonValue.Create(UnknownText),
    };

    /// <summary>Converts a property map to a JSON object.</summary>
    public static JsonObject ToJson(PropertyMap map, SecretRendering rendering)
    {
        var obj = new JsonObject();
        foreach (var (key, item) in map)
        {
            obj[key] = ToJson(item, rendering);
        }
        return obj;
    }

    private static JsonArray ToJsonArray(ImmutableArray<PropertyValue> items, SecretRendering rendering)
    {
        var nodes = new JsonNode?[items.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = ToJson(items[i], rendering);
        }
        return new JsonArray(nodes);
    }

    /// <summary>Writes a property value with a writer; <paramref name="writeSecret"/> decides how secrets are written.</summary>
    public static void Write(Utf8JsonWriter writer, PropertyValue value, Action<Utf8JsonWriter, PropertyValue> writeSecret)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                writer.WriteNullValue();
                break;
            case PropertyValueKind.Bool:
                writer.WriteBooleanValue(value.BoolValue);
                break;
            case PropertyValueKind.Number:
                WriteNumber(writer, value.NumberValue);
                break;
            case PropertyValueKind.String:
                writer.WriteStringValue(value.StringValue);
                break;
            case PropertyValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.ArrayValue)
                {
                    Write(writer, item, writeSecret);
                }
                writer.WriteEndArray();
                break;
            case PropertyValueKind.Object:
                Write(writer, value.ObjectValue, writeSecret);
                break;
            case PropertyValueKind.Secret:
                writeSecret(writer, value);
                break;
            default:
                writer.WriteStringValue(UnknownText);
                break;
        }
    }

    /// <summary>Writes a property map as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, PropertyMap map, Action<Utf8JsonWriter, PropertyValue> writeSecret)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, writeSecret);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes secrets as <c>[secret]</c>.</summary>
    public static void WriteRedactedSecret(Utf8JsonWriter writer, PropertyValue secret) => writer.WriteStringValue(SecretText);

    /// <summary>Renders a map as compact, redacted JSON text (for display and comparisons that must not leak).</summary>
    public static string ToRedactedString(PropertyValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, value, WriteRedactedSecret);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonNode NumberNode(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 9.007199254740992E15
            ? JsonValue.Create((long)number)
            : JsonValue.Create(number);

    private static void WriteNumber(Utf8JsonWriter writer, double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < 9.007199254740992E15)
        {
            writer.WriteNumberValue((long)number);
        }
        else if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
        }
    }
}
