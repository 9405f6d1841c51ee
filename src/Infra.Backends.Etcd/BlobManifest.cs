using System.Text;
using System.Text.Json;
using Google.Protobuf;

namespace Infra.Backends.Etcd;

/// <summary>
/// A checkpoint too large for one etcd request is stored as chunks under <c>blobs/SHA256/</c>; the checkpoint (or
/// backup) key then holds this manifest, marked by a prefix no JSON document starts with.
/// </summary>
internal sealed record BlobManifest(string Sha256, long Size, int Chunks)
{
    private static readonly byte[] Marker = "\0infra-etcd-blob\0"u8.ToArray();

    /// <summary>True when an inline value would be mistaken for a manifest (so it must be stored as a blob).</summary>
    public static bool LooksLikeManifest(ReadOnlySpan<byte> value) => value.StartsWith(Marker);

    public static BlobManifest? TryParse(ByteString value)
    {
        var span = value.Span;
        if (!span.StartsWith(Marker))
        {
            return null;
        }
        return JsonSerializer.Deserialize(span[Marker.Length..], BlobManifestJson.Default.BlobManifest);
    }

    public ByteString Encode() => ByteString.CopyFrom([.. Marker, .. Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, BlobManifestJson.Default.BlobManifest))]);
}
