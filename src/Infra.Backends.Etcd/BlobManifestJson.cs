using System.Text.Json.Serialization;

namespace Infra.Backends.Etcd;

/// <summary>Source-generated JSON for <see cref="BlobManifest"/>, with the serializer's default options.</summary>
[JsonSerializable(typeof(BlobManifest))]
internal sealed partial class BlobManifestJson : JsonSerializerContext;
