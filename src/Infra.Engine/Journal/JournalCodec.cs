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
    /// <summary>Length of a line's checksum (hex digits).</summary>
    internal const int ChecksumLength = 8;

    /// <summary>Encodes the header line.</summary>
    public static byte[] EncodeHeader(JournalHeader header)
    {
        using var payload = new PooledBufferWriter(256);
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("op", "header");
            writer.WriteNumber("v", 1);
            writer.WriteString("lineage", header.Lineage);
            writer.WriteNumber("base", header.BaseSerial);
            writer.WriteEndObject();
        }
        return Frame(payload.WrittenSpan);
    }

    /// <summary>Encodes one entry as a framed line.</summary>
    public byte[] Encode(JournalEntry entry)
    {
        using var resource = new PooledBufferWriter(2048);
        if (entry.Resource is not null)
        {
            WriteResource(resource, entry.Resource);
        }
        using var payload = new PooledBufferWriter(resource.WrittenSpan.Length + 256);
        WritePayload(payload, entry, resource.WrittenSpan, entry.Resource is not null);
        return Frame(payload.WrittenSpan);
    }

    /// <summary>
    /// Writes the resource part of an entry, the bulk of a record, which does not depend on its sequence number: a
    /// writer encodes it before taking its sequence number and wraps it with <see cref="WritePayload"/>.
    /// </summary>
    internal void WriteResource(System.Buffers.IBufferWriter<byte> output, ResourceState resource)
    {
        var writer = json.Writers.Rent(output);
        try
        {
            json.WriteResource(writer, resource);
        }
        finally
        {
            json.Writers.Return(writer);
        }
    }

    /// <summary>Writes the JSON of one entry around its resource's encoding (when <paramref name="hasResource"/>).</summary>
    internal void WritePayload(System.Buffers.IBufferWriter<byte> output, JournalEntry entry, ReadOnlySpan<byte> encodedResource, bool hasResource)
    {
        var writer = json.Writers.Rent(output);
        try
        {
            WriteEntry(writer, entry, encodedResource, hasResource);
        }
        finally
        {
            json.Writers.Return(writer);
        }
    }

    private static void WriteEntry(Utf8JsonWriter writer, JournalEntry entry, ReadOnlySpan<byte> encodedResource, bool hasResource)
    {
        writer.WriteStartObject();
        writer.WriteNumber("seq", entry.Sequence);
        writer.WriteString("op", OpName(entry.Op));
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

    /// <summary>The line's checksum: the first <see cref="ChecksumLength"/> hex digits of the payload's SHA-256.</summary>
    internal static void Checksum(ReadOnlySpan<byte> payload, Span<byte> checksum)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(payload, hash);
        Convert.TryToHexStringLower(hash[..(ChecksumLength / 2)], checksum, out _);
    }

    /// <summary>Writes one framed line: checksum, a space, the payload and a newline.</summary>
    internal static void WriteLine(System.Buffers.IBufferWriter<byte> output, ReadOnlySpan<byte> checksum, ReadOnlySpan<byte> payload)
    {
        var line = output.GetSpan(ChecksumLength + 1 + payload.Length + 1);
        checksum.CopyTo(line);
        line[ChecksumLength] = (byte)' ';
        payload.CopyTo(line[(ChecksumLength + 1)..]);
        line[ChecksumLength + 1 + payload.Length] = (byte)'\n';
        output.Advance(ChecksumLength + 1 + payload.Length + 1);
    }

    private static string OpName(JournalOp op) => op switch
    {
        JournalOp.Begin => "begin",
        JournalOp.Commit => "commit",
        JournalOp.Fail => "fail",
        _ => op.ToString().ToLowerInvariant(),
    };

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
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        Checksum(payload, checksum);
        var line = new System.Buffers.ArrayBufferWriter<byte>(ChecksumLength + 1 + payload.Length + 1);
        WriteLine(line, checksum, payload);
        return line.WrittenSpan.ToArray();
    }

    private static byte[]? Verify(ReadOnlySpan<byte> line)
    {
        if (line.Length < ChecksumLength + 2 || line[ChecksumLength] != (byte)' ')
        {
            return null;
        }
        var payload = line[(ChecksumLength + 1)..];
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        Checksum(payload, checksum);
        return line[..ChecksumLength].SequenceEqual(checksum) ? payload.ToArray() : null;
    }
}
