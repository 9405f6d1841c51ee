using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Infra.Engine.Diagnostics;
using Infra.Engine.Secrets;
using Infra.Properties;

namespace Infra.Engine.State;

/// <summary>
/// Reads and writes resources as JSON. Secrets are written as Pulumi-style signature objects holding either
/// ciphertext (state, journal, default exports) or, only for <c>--show-secrets</c> exports, plaintext.
/// </summary>
public sealed class StateJson(ISecretsCodec codec, bool revealSecrets = false)
{
    private static ReadOnlySpan<byte> SignatureKeyUtf8 => "\"4dabf18193072939515e22adb298388d\""u8;

    /// <summary>Writers reused by this codec's encodings (and the journal's, which wraps it).</summary>
    internal Utf8JsonWriterPool Writers { get; } = new();

    /// <summary>Writes one resource.</summary>
    public void WriteResource(Utf8JsonWriter writer, ResourceState resource)
    {
        writer.WriteStartObject();
        writer.WriteString("urn", resource.Urn);
        writer.WriteString("type", resource.Type);
        writer.WriteBoolean("custom", resource.Custom);
        if (resource.Id is not null)
        {
            writer.WriteString("id", resource.Id);
        }
        if (resource.Parent is not null)
        {
            writer.WriteString("parent", resource.Parent);
        }
        writer.WritePropertyName("inputs");
        if (resource.Outputs.Count > 0 && resource.Outputs.Equals(resource.Inputs) && !resource.Inputs.ContainsSecrets)
        {
            // Outputs that repeat the inputs (render mode, most plain fields) are encoded once and copied.
            using var inputs = new PooledBufferWriter(2048);
            var inner = Writers.Rent(inputs);
            try
            {
                PropertyJson.Write(inner, resource.Inputs, WriteSecret);
            }
            finally
            {
                Writers.Return(inner);
            }
            writer.WriteRawValue(inputs.WrittenSpan, skipInputValidation: true);
            writer.WritePropertyName("outputs");
            writer.WriteRawValue(inputs.WrittenSpan, skipInputValidation: true);
        }
        else
        {
            PropertyJson.Write(writer, resource.Inputs, WriteSecret);
            writer.WritePropertyName("outputs");
            PropertyJson.Write(writer, resource.Outputs, WriteSecret);
        }
        if (resource.Dependencies.Length > 0)
        {
            writer.WriteStartArray("dependencies");
            foreach (var dependency in resource.Dependencies)
            {
                writer.WriteStringValue(dependency);
            }
            writer.WriteEndArray();
        }
        if (resource.Protect)
        {
            writer.WriteBoolean("protect", true);
        }
        if (resource.RetainOnDelete)
        {
            writer.WriteBoolean("retainOnDelete", true);
        }
        if (resource.PendingReplacement)
        {
            writer.WriteBoolean("delete", true);
        }
        writer.WriteEndObject();
    }

    /// <summary>Reads one resource; <paramref name="where"/> names the place for errors.</summary>
    /// <remarks>The same reader as checkpoints use, over the element's text (journal records, exports).</remarks>
    public ResourceState ReadResource(JsonElement element, string where)
    {
        var text = JsonMarshal.GetRawUtf8Value(element);
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        return ReadResource(ref reader, text, where, new PropertyJsonParser(shareStrings: false));
    }

    /// <summary>
    /// Reads one resource from <paramref name="reader"/>, positioned on the resource's start, and leaves it on the
    /// resource's end. <paramref name="document"/> is the text the reader reads (its offsets index it); maps are parsed
    /// by <paramref name="parser"/>, which shares repeated keys and strings across every resource it reads.
    /// </summary>
    internal ResourceState ReadResource(ref Utf8JsonReader reader, ReadOnlySpan<byte> document, string where, PropertyJsonParser parser)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InputException($"{where}: a resource must be a JSON object.");
        }
        string? urn = null, type = null, id = null, parent = null;
        var custom = true;
        bool protect = false, retain = false, pending = false;
        Range inputs = default, outputs = default;
        bool hasInputs = false, hasOutputs = false;
        var dependencies = ImmutableArray<string>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            reader.Read();
            switch (field)
            {
                case Field.Urn:
                    urn = Name(ref reader, "urn", where, parser);
                    break;
                case Field.Type:
                    type = Name(ref reader, "type", where, parser);
                    break;
                case Field.Id:
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : Skip(ref reader);
                    break;
                case Field.Parent:
                    parent = reader.TokenType == JsonTokenType.String ? parser.ReadName(ref reader) : Skip(ref reader);
                    break;
                case Field.Custom:
                    custom = Flag(ref reader);
                    break;
                case Field.Protect:
                    protect = Flag(ref reader);
                    break;
                case Field.RetainOnDelete:
                    retain = Flag(ref reader);
                    break;
                case Field.Delete:
                    pending = Flag(ref reader);
                    break;
                case Field.Inputs:
                    inputs = RawValue(ref reader);
                    hasInputs = true;
                    break;
                case Field.Outputs:
                    outputs = RawValue(ref reader);
                    hasOutputs = true;
                    break;
                case Field.Dependencies when reader.TokenType == JsonTokenType.StartArray:
                    var list = ImmutableArray.CreateBuilder<string>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(reader.TokenType == JsonTokenType.String ? parser.ReadName(ref reader) : throw new InputException($"{where}: 'dependencies' must hold URN strings, not {reader.TokenType}."));
                    }
                    dependencies = list.DrainToImmutable();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        if (urn is null)
        {
            throw new InputException($"{where}: resource is missing the string field 'urn'.");
        }
        if (!Infra.Urn.IsValid(urn))
        {
            throw new InputException($"{where}: '{urn}' is not a URN (urn:pulumi:<stack>::<project>::<type>::<name>).");
        }
        if (type is null)
        {
            throw new InputException($"{where}: resource is missing the string field 'type'.");
        }
        var inputMap = hasInputs ? ReadMap(document[inputs], "inputs", $"{where} ({urn})", parser) : PropertyMap.Empty;
        // Outputs that repeat the inputs byte for byte (render mode, most providers' plain fields) share one decoded
        // map: half the decoding and the memory, and later comparisons of the two stop at reference equality.
        var outputMap = hasOutputs && hasInputs && document[inputs][0] == (byte)'{' && document[inputs].SequenceEqual(document[outputs])
            ? inputMap
            : hasOutputs ? ReadMap(document[outputs], "outputs", $"{where} ({urn})", parser) : PropertyMap.Empty;
        return new ResourceState(urn, type, custom, id, parent, inputMap, outputMap, dependencies, protect, retain, pending);
    }

    private enum Field { Other, Urn, Type, Id, Parent, Custom, Protect, RetainOnDelete, Delete, Inputs, Outputs, Dependencies }

    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("urn"u8) ? Field.Urn
        : reader.ValueTextEquals("type"u8) ? Field.Type
        : reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("parent"u8) ? Field.Parent
        : reader.ValueTextEquals("custom"u8) ? Field.Custom
        : reader.ValueTextEquals("protect"u8) ? Field.Protect
        : reader.ValueTextEquals("retainOnDelete"u8) ? Field.RetainOnDelete
        : reader.ValueTextEquals("delete"u8) ? Field.Delete
        : reader.ValueTextEquals("inputs"u8) ? Field.Inputs
        : reader.ValueTextEquals("outputs"u8) ? Field.Outputs
        : reader.ValueTextEquals("dependencies"u8) ? Field.Dependencies
        : Field.Other;

    private static string Name(ref Utf8JsonReader reader, string name, string where, PropertyJsonParser parser) =>
        reader.TokenType == JsonTokenType.String ? parser.ReadName(ref reader) : throw new InputException($"{where}: resource is missing the string field '{name}'.");

    private static bool Flag(ref Utf8JsonReader reader)
    {
        var value = reader.TokenType == JsonTokenType.True;
        reader.Skip();
        return value;
    }

    private static string? Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    /// <summary>The byte range of the value the reader is on; leaves the reader on the value's last token.</summary>
    private static Range RawValue(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }

    private PropertyMap ReadMap(ReadOnlySpan<byte> raw, string name, string where, PropertyJsonParser parser)
    {
        switch (raw[0])
        {
            case (byte)'n':
                return PropertyMap.Empty;
            case (byte)'{' when raw.IndexOf(SignatureKeyUtf8) < 0:
                return parser.Parse(raw).ObjectValue;
            case (byte)'{':
                using (var doc = JsonDocument.Parse(raw.ToArray(), new JsonDocumentOptions { MaxDepth = 256 }))
                {
                    var read = ReadValue(doc.RootElement, where);
                    return read.Kind == PropertyValueKind.Object ? read.ObjectValue : throw new InputException($"{where}: '{name}' must be an object.");
                }
            default:
                throw new InputException($"{where}: '{name}' must be an object.");
        }
    }

    /// <summary>Reads a property value, turning signature objects back into secrets.</summary>
    public PropertyValue ReadValue(JsonElement element, string where)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<KeyValuePair<string, PropertyValue>>();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(SecretSignature.Key) && property.Value.ValueKind == JsonValueKind.String && property.Value.ValueEquals(SecretSignature.Value))
                    {
                        return PropertyValue.MakeSecret(ReadSecret(element, where));
                    }
                    entries.Add(KeyValuePair.Create(property.Name, ReadValue(property.Value, where)));
                }
                return PropertyValue.Create(PropertyMap.Create(entries));
            case JsonValueKind.Array:
                var items = ImmutableArray.CreateBuilder<PropertyValue>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(ReadValue(item, where));
                }
                return PropertyValue.Create(items.MoveToImmutable());
            default:
                return PropertyJson.FromJson(element);
        }
    }

    private PropertyValue ReadSecret(JsonElement element, string where)
    {
        string json;
        if (element.TryGetProperty("ciphertext", out var ciphertext))
        {
            json = codec.Decrypt(ciphertext.GetString() ?? "");
        }
        else if (element.TryGetProperty("plaintext", out var plaintext))
        {
            json = plaintext.GetString() ?? "null";
        }
        else
        {
            throw new InputException($"{where}: a secret value has neither 'ciphertext' nor 'plaintext'.");
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return ReadValue(doc.RootElement, where);
        }
        catch (JsonException)
        {
            throw new InputException($"{where}: a decrypted secret is not valid JSON; the state may have been encrypted with another key.");
        }
    }

    private void WriteSecret(Utf8JsonWriter writer, PropertyValue secret)
    {
        using var buffer = new MemoryStream();
        using (var inner = new Utf8JsonWriter(buffer))
        {
            PropertyJson.Write(inner, secret.SecretValue, WriteSecret);
        }
        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        writer.WriteStartObject();
        writer.WriteString(SecretSignature.Key, SecretSignature.Value);
        if (revealSecrets)
        {
            writer.WriteString("plaintext", json);
        }
        else
        {
            writer.WriteString("ciphertext", codec.Encrypt(json));
        }
        writer.WriteEndObject();
    }
}
