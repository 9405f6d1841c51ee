using System.Globalization;
using Google.Protobuf;

namespace Infra.Backends.Etcd;

/// <summary>The keys of one stack under the backend prefix.</summary>
internal sealed record StackKeys(string Stack, string Root)
{
    public static StackKeys For(string prefix, string stack) => new(stack, $"{prefix}/stacks/{stack}/");

    public ByteString Checkpoint => Key("checkpoint");

    public ByteString Backup => Key("backup");

    public ByteString Lock => Key("lock");

    public ByteString JournalPrefix => Key("journal/");

    public ByteString All => ByteString.CopyFromUtf8(Root);

    public ByteString BlobRoot => Key("blobs/");

    public ByteString BlobPrefix(string sha256) => Key("blobs/" + sha256 + "/");

    public ByteString BlobChunk(string sha256, int index) => Key("blobs/" + sha256 + "/" + index.ToString("D6", CultureInfo.InvariantCulture));

    /// <summary>Journal chunks are numbered so that key order is append order.</summary>
    public ByteString JournalChunk(long sequence) => Key("journal/" + sequence.ToString("D12", CultureInfo.InvariantCulture));

    public ByteString Discarded(DateTimeOffset when, long chunk) =>
        Key("discarded/" + when.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "/" + chunk.ToString("D12", CultureInfo.InvariantCulture));

    public string Display(string name) => Root + name;

    /// <summary>The end of the range of all keys starting with <paramref name="prefix"/> (etcd's prefix convention).</summary>
    public static ByteString RangeEnd(ByteString prefix)
    {
        var bytes = prefix.ToByteArray();
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (bytes[i] < 0xff)
            {
                bytes[i]++;
                return ByteString.CopyFrom(bytes, 0, i + 1);
            }
        }
        return ByteString.CopyFrom(0);
    }

    public static long ParseChunk(ByteString key)
    {
        var text = key.ToStringUtf8();
        return long.Parse(text[(text.LastIndexOf('/') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private ByteString Key(string name) => ByteString.CopyFromUtf8(Root + name);
}
