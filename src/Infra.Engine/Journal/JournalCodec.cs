using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Infra.Engine.Diagnostics;
using Infra.Engine.State;

namespace Infra.Engine.Journal;

/// <summary>
/// The journal's line format: <c>&lt;8 hex digits of SHA-256&gt; &lt;json&gt;\n</c>. The checksum detects a torn
/// or edited line; the first line is a header naming the checkpoint the journal continues.
/// </summary>
public sealed class JournalCodec(StateJson json)
{
    private const int ChecksumLength = 8;

    /// <summary>Encodes the header line.</summary>
    public static byte[] EncodeHeader(JournalHeader header)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { op = "header", v = 1, lineage = header.Lineage, @base = header.BaseSerial });
        return Frame(payload);
    }

    /// <summary>Encodes one entry as a framed line.</summary>
    public byte[] Encode(JournalEntry entry)
    {
        using var resource = new PooledBufferWriter(2048);
        if (entry.Resource is not null)
        {
            WriteResource(resource, entry.Resource);
        }
        return Encode(entry, resource.WrittenSpan, entry.Resource is not null);
    }

    /// <summary>
    /// Writes the resource part of an entry, the bulk of a record, which does not depend on its sequence number: a
    /// writer encodes it before taking its sequence lock and frames it with <see cref="Encode(JournalEntry, ReadOnlySpan{byte}, bool)"/>.
    /// </summary>
    internal void WriteResource(System.Buffers.IBufferWriter<byte> output, ResourceState resource)
    {
        using var writer = new Utf8JsonWriter(output);
        json.WriteResource(writer, resource);
    }

    /// <summary>Encodes one entry as a framed line around its resource's encoding (when <paramref name="hasResource"/>).</summary>
    internal byte[] Encode(JournalEntry entry, ReadOnlySpan<byte> encodedResource, bool hasResource)
    {
        using var buffer = new PooledBufferWriter(encodedResource.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", entry.Sequence);
            writer.WriteString("op", entry.Op.ToString().ToLowerInvariant());
            writer.WriteString("kind", entry.Kind.ToString());
            writer.WriteString("urn", entry.Urn);
            if (entry.Id is not null)
            {
                writer.WriteString("id", entry.Id);
            }
            if (entry.Error is not null)
            {
                writer.WriteString("error", entry.Error);
            }
            if (hasResource)
            {
                writer.WritePropertyName("resource");
                writer.WriteRawValue(encodedResource, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return Frame(buffer.WrittenSpan);
    }

    /// <summary>Reads a whole journal; a torn last line is dropped and reported, any other bad line stops with its offset.</summary>
    public JournalContents Decode(ReadOnlySpan<byte> data, string displayPath)
    {
        JournalHeader? header = null;
        var entries = new List<JournalEntry>();
        string? tornTail = null;
        var offset = 0;
        while (offset < data.Length)
        {
            var newline = data[offset..].IndexOf((byte)'\n');
            var isLast = newline < 0 || offset + newline + 1 >= data.Length;
            var line = newline < 0 ? data[offset..] : data.Slice(offset, newline);
            var payload = Verify(line);
            if (payload is null || newline < 0)
            {
                if (isLast)
                {
                    tornTail = $"{displayPath}: dropped a torn last record at byte offset {offset} ({line.Length} bytes); it never became durable, and the next update redoes or resolves the step it described.";
                    break;
                }
                throw new InputException($"{displayPath}: record at byte offset {offset} fails its checksum; the journal is corrupt. Restore the previous checkpoint with `infra state restore-backup` or repair the file.");
            }
            using var doc = JsonDocument.Parse(payload);
            var root = doc.RootElement;
            var op = root.GetProperty("op").GetString();
            if (op == "header")
            {
                header = new JournalHeader(root.GetProperty("lineage").GetString() ?? "", root.GetProperty("base").GetInt64());
            }
            else
            {
                entries.Add(ReadEntry(root, $"{displayPath} at byte offset {offset}"));
            }
            offset += line.Length + 1;
        }
        if (entries.Count > 0 && header is null)
        {
            throw new InputException($"{displayPath}: journal has records but no header line; it is corrupt.");
        }
        return new JournalContents(header, entries, tornTail);
    }

    private JournalEntry ReadEntry(JsonElement root, string where)
    {
        var op = root.GetProperty("op").GetString() switch
        {
            "begin" => JournalOp.Begin,
            "commit" => JournalOp.Commit,
            "fail" => JournalOp.Fail,
            var other => throw new InputException($"{where}: unknown journal operation '{other}'."),
        };
        if (!Enum.TryParse<StepKind>(root.GetProperty("kind").GetString(), out var kind))
        {
            throw new InputException($"{where}: unknown step kind '{root.GetProperty("kind").GetString()}'.");
        }
        var resource = root.TryGetProperty("resource", out var r) ? json.ReadResource(r, where) : null;
        return new JournalEntry(
            root.GetProperty("seq").GetInt64(),
            op,
            kind,
            root.GetProperty("urn").GetString() ?? "",
            resource,
            root.TryGetProperty("id", out var id) ? id.GetString() : null,
            root.TryGetProperty("error", out var error) ? error.GetString() : null);
    }

    private static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var checksum = Checksum(payload);
        var line = new byte[ChecksumLength + 1 + payload.Length + 1];
        Encoding.ASCII.GetBytes(checksum, line);
        line[ChecksumLength] = (byte)' ';
        payload.CopyTo(line.AsSpan(ChecksumLength + 1));
        line[^1] = (byte)'\n';
        return line;
    }

    private static byte[]? Verify(ReadOnlySpan<byte> line)
    {
        if (line.Length < ChecksumLength + 2 || line[ChecksumLength] != (byte)' ')
        {
            return null;
        }
        var payload = line[(ChecksumLength + 1)..].ToArray();
        return Encoding.ASCII.GetString(line[..ChecksumLength]) == Checksum(payload) ? payload : null;
    }

    private static string Checksum(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload))[..ChecksumLength];
}
