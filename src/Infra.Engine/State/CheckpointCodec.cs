using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Infra.Engine.Diagnostics;

namespace Infra.Engine.State;

/// <summary>
/// The checkpoint document: <c>{"version":1,"sha256":"…","state":{…}}</c>. The checksum covers the exact bytes of
/// the <c>state</c> value, so a truncated or edited checkpoint is detected instead of silently starting empty.
/// </summary>
public sealed class CheckpointCodec(StateJson json)
{
    /// <summary>Encodes a state.</summary>
    public byte[] Encode(StackState state)
    {
        // The document is assembled in one array around the encoded state: a checkpoint of a large stack is tens of
        // megabytes, and every extra copy of it is a large-object allocation (and soon a full collection).
        var body = new ArrayBufferWriter<byte>(EstimateSize(state));
        WriteState(body, state);
        var prefix = Encoding.UTF8.GetBytes($"{{\"version\":{StackState.FormatVersion},\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(body.WrittenSpan))}\",\"state\":");
        var document = GC.AllocateUninitializedArray<byte>(prefix.Length + body.WrittenCount + 1);
        prefix.CopyTo(document, 0);
        body.WrittenSpan.CopyTo(document.AsSpan(prefix.Length));
        document[^1] = (byte)'}';
        return document;
    }

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
    public StackState Decode(byte[] bytes, string displayPath)
    {
        if (Utf8Check.FirstInvalidOffset(bytes) is { } invalid)
        {
            throw new InputException($"{displayPath}: checkpoint is not valid UTF-8 at byte offset {invalid} (corrupt). Restore the previous one with `infra state restore-backup`.");
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new InputException($"{displayPath}: checkpoint is not valid JSON ({e.Message}); it may be truncated. Restore the previous one with `infra state restore-backup`.");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v))
            {
                throw new InputException($"{displayPath}: not an Infra checkpoint (no 'version').");
            }
            if (v > StackState.FormatVersion)
            {
                throw new InputException($"{displayPath}: checkpoint format version {v} is newer than this Infra understands ({StackState.FormatVersion}); upgrade Infra. Nothing was changed.");
            }
            if (!root.TryGetProperty("state", out var state) || !root.TryGetProperty("sha256", out var sum))
            {
                throw new InputException($"{displayPath}: checkpoint lacks 'state' or 'sha256'.");
            }
            if (Convert.ToHexStringLower(SHA256.HashData(JsonMarshal.GetRawUtf8Value(state))) != sum.GetString())
            {
                throw new InputException($"{displayPath}: checkpoint fails its checksum (edited or corrupt). Restore the previous one with `infra state restore-backup`, or import a fixed export with `infra stack import`.");
            }
            var decoded = DecodeState(state, displayPath);
            StateVerifier.Verify(decoded, displayPath);
            return decoded;
        }
    }

    /// <summary>Decodes a state object (checkpoint body or export).</summary>
    public StackState DecodeState(JsonElement state, string displayPath)
    {
        string Field(string name) => state.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InputException($"{displayPath}: state is missing '{name}'.");
        if (state.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{displayPath}: state must be a JSON object, not {state.ValueKind}.");
        }
        var serial = state.TryGetProperty("serial", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : throw new InputException($"{displayPath}: state is missing 'serial' (an integer).");
        if (!state.TryGetProperty("resources", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{displayPath}: state is missing 'resources'.");
        }
        var resources = ImmutableArray.CreateBuilder<ResourceState>(list.GetArrayLength());
        foreach (var resource in list.EnumerateArray())
        {
            resources.Add(ReadResource(resource, $"{displayPath}: resources[{resources.Count}]"));
        }
        return new StackState(Field("project"), Field("stack"), Field("lineage"), serial, resources.MoveToImmutable(), []);
    }

    /// <summary>Reads one resource; a field of the wrong JSON type (a hand edit) is named instead of crashing.</summary>
    private ResourceState ReadResource(JsonElement element, string where)
    {
        try
        {
            return json.ReadResource(element, where);
        }
        catch (InvalidOperationException e)
        {
            throw new InputException($"{where}: a field has the wrong JSON type ({e.Message}).");
        }
    }
}
