using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Infra.Engine.Diagnostics;
using Infra.Properties;

namespace Infra.Engine.State;

/// <summary>
/// The checkpoint document: <c>{"version":1,"sha256":"…","state":{…}}</c>. The checksum covers the exact bytes of
/// the <c>state</c> value, so a truncated or edited checkpoint is detected instead of silently starting empty.
/// </summary>
public sealed class CheckpointCodec(StateJson json)
{
    /// <summary>Encodes a state.</summary>
    public ReadOnlyMemory<byte> Encode(StackState state)
    {
        // The document is written in one buffer around the encoded state, with room left for the prefix whose checksum
        // is known only at the end: a checkpoint of a large stack is tens of megabytes, and every extra copy of it is a
        // large-object allocation (and soon a full collection).
        var prefixLength = Encoding.UTF8.GetByteCount(Prefix(new string('0', SHA256.HashSizeInBytes * 2)));
        var document = new ArrayBufferWriter<byte>(prefixLength + EstimateSize(state) + 1);
        document.Advance(prefixLength);
        WriteState(document, state);
        document.GetSpan(1)[0] = (byte)'}';
        document.Advance(1);
        var bytes = MemoryMarshal.AsMemory(document.WrittenMemory);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Span[prefixLength..^1]));
        Encoding.UTF8.GetBytes(Prefix(hash), bytes.Span);
        return bytes;
    }

    private static string Prefix(string sha256) => $"{{\"version\":{StackState.FormatVersion},\"sha256\":\"{sha256}\",\"state\":";

    /// <summary>Encodes the state object alone (also the body of exports).</summary>
    public byte[] EncodeState(StackState state)
    {
        var body = new ArrayBufferWriter<byte>(EstimateSize(state));
        WriteState(body, state);
        return body.WrittenSpan.ToArray();
    }

    private void WriteState(IBufferWriter<byte> output, StackState state)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("project", state.Project);
        writer.WriteString("stack", state.Stack);
        writer.WriteString("lineage", state.Lineage);
        writer.WriteNumber("serial", state.Serial);
        writer.WriteStartArray("resources");
        foreach (var resource in state.Resources)
        {
            json.WriteResource(writer, resource);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Room for about 1.5 KB per resource, so that the buffer rarely has to grow (each growth copies it whole).
    private static int EstimateSize(StackState state) => (int)Math.Min(int.MaxValue / 2, 4096 + (long)state.Resources.Length * 1536);

    /// <summary>Decodes and verifies a checkpoint.</summary>
    /// <remarks>
    /// One pass over the text with a reader: no document of the whole checkpoint is built (for a large stack that
    /// was a second copy of tens of megabytes, walked again element by element). The checksum is checked over the
    /// exact bytes of the state value once they have been read, and a checksum failure wins over any error the
    /// edited or corrupt state caused while being decoded.
    /// </remarks>
    public StackState Decode(byte[] bytes, string displayPath)
    {
        if (Utf8Check.FirstInvalidOffset(bytes) is { } invalid)
        {
            throw new InputException($"{displayPath}: checkpoint is not valid UTF-8 at byte offset {invalid} (corrupt). Restore the previous one with `infra state restore-backup`.");
        }
        var newerFormat = false;
        try
        {
            return DecodeVerified(bytes, displayPath, ref newerFormat);
        }
        catch (InputException) when (!newerFormat && FailsChecksum(bytes))
        {
            // An edited or corrupt state is reported as such, not by the first odd field it happens to contain.
            throw ChecksumError(displayPath);
        }
    }

    /// <param name="bytes">The checkpoint.</param>
    /// <param name="displayPath">Names the checkpoint in errors.</param>
    /// <param name="newerFormat">Set before the error that a newer format version is thrown (a newer format may checksum differently).</param>
    private StackState DecodeVerified(byte[] bytes, string displayPath, ref bool newerFormat)
    {
        int? version = null;
        string? sum = null;
        Range? stateRange = null;
        StackState? decoded = null;
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InputException($"{displayPath}: not an Infra checkpoint (no 'version').");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("version"u8))
                {
                    reader.Read();
                    version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : throw new InputException($"{displayPath}: not an Infra checkpoint (no 'version').");
                    if (version > StackState.FormatVersion)
                    {
                        newerFormat = true;
                        throw new InputException($"{displayPath}: checkpoint format version {version} is newer than this Infra understands ({StackState.FormatVersion}); upgrade Infra. Nothing was changed.");
                    }
                }
                else if (reader.ValueTextEquals("sha256"u8))
                {
                    reader.Read();
                    sum = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("state"u8))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    decoded = ReadState(ref reader, bytes, displayPath);
                    stateRange = new Range(start, (int)reader.BytesConsumed);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (reader.Read())
            {
                throw new JsonException($"unexpected text after the checkpoint object at byte offset {reader.TokenStartIndex}");
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"{displayPath}: checkpoint is not valid JSON ({e.Message}); it may be truncated. Restore the previous one with `infra state restore-backup`.");
        }
        if (version is null)
        {
            throw new InputException($"{displayPath}: not an Infra checkpoint (no 'version').");
        }
        if (stateRange is not { } range || sum is null)
        {
            throw new InputException($"{displayPath}: checkpoint lacks 'state' or 'sha256'.");
        }
        if (Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(range))) != sum)
        {
            throw ChecksumError(displayPath);
        }
        StateVerifier.Verify(decoded!, displayPath);
        return decoded!;
    }

    private static InputException ChecksumError(string displayPath) =>
        new($"{displayPath}: checkpoint fails its checksum (edited or corrupt). Restore the previous one with `infra state restore-backup`, or import a fixed export with `infra stack import`.");

    /// <summary>True when the checkpoint parses and its state does not match its checksum (the slow path of a failed decode).</summary>
    private static bool FailsChecksum(byte[] bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("state", out var state) && doc.RootElement.TryGetProperty("sha256", out var sum)
                && Convert.ToHexStringLower(SHA256.HashData(JsonMarshal.GetRawUtf8Value(state))) != sum.GetString();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads the state object the reader is on; leaves the reader on its end.</summary>
    private StackState ReadState(ref Utf8JsonReader reader, ReadOnlySpan<byte> document, string displayPath)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InputException($"{displayPath}: state must be a JSON object, not {reader.TokenType}.");
        }
        string? project = null, stack = null, lineage = null;
        long? serial = null;
        ImmutableArray<ResourceState>? resources = null;
        var parser = new PropertyJsonParser();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("project"u8))
            {
                project = StringField(ref reader);
            }
            else if (reader.ValueTextEquals("stack"u8))
            {
                stack = StringField(ref reader);
            }
            else if (reader.ValueTextEquals("lineage"u8))
            {
                lineage = StringField(ref reader);
            }
            else if (reader.ValueTextEquals("serial"u8))
            {
                reader.Read();
                serial = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("resources"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new InputException($"{displayPath}: state is missing 'resources'.");
                }
                var list = ImmutableArray.CreateBuilder<ResourceState>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var where = $"{displayPath}: resources[{list.Count}]";
                    try
                    {
                        list.Add(json.ReadResource(ref reader, document, where, parser));
                    }
                    catch (InvalidOperationException e)
                    {
                        // A hand edit that put a value of the wrong JSON type where a secret's fields belong.
                        throw new InputException($"{where}: a field has the wrong JSON type ({e.Message}).");
                    }
                }
                resources = list.DrainToImmutable();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        string Field(string? value, string name) => value ?? throw new InputException($"{displayPath}: state is missing '{name}'.");
        return new StackState(
            Field(project, "project"),
            Field(stack, "stack"),
            Field(lineage, "lineage"),
            serial ?? throw new InputException($"{displayPath}: state is missing 'serial' (an integer)."),
            resources ?? throw new InputException($"{displayPath}: state is missing 'resources'."),
            []);
    }

    private static string? StringField(ref Utf8JsonReader reader)
    {
        reader.Read();
        var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        return value;
    }

    /// <summary>Decodes a state object (checkpoint body or export).</summary>
    public StackState DecodeState(JsonElement state, string displayPath)
    {
        if (state.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{displayPath}: state must be a JSON object, not {state.ValueKind}.");
        }
        var text = JsonMarshal.GetRawUtf8Value(state);
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        return ReadState(ref reader, text, displayPath);
    }
}
