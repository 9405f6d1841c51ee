using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests.Writing;
using k8s;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>
/// Converts a typed KubernetesClient model straight to the desired-state manifest as a property value, in one pass
/// over its JSON: the same value as <see cref="KubernetesManifest.FromModel"/> followed by
/// <see cref="KubernetesManifest.Normalize"/> and a conversion to <see cref="PropertyValue"/>, without building
/// either intermediate JSON tree.
/// </summary>
internal static class ModelManifest
{
    /// <summary>
    /// Converts <paramref name="model"/> with <paramref name="writer"/> when it was built for the model's exact type
    /// (the fast path, no JSON text), otherwise through the serializer.
    /// </summary>
    public static PropertyValue ToValue(object model, ModelKind? kind, ModelWriter? writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        return writer is not null && writer.RootType == model.GetType() ? writer.ToValue(model, kind) : ToValue(model, kind);
    }

    /// <summary>Converts <paramref name="model"/>; <paramref name="kind"/> fills apiVersion and kind when the model leaves them unset.</summary>
    public static PropertyValue ToValue(object model, ModelKind? kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = KubernetesJson.Serialize(model);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ArgumentException("the model did not serialize to a JSON object", nameof(model));
            }

            return ReadManifest(ref reader, kind);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One value as the KubernetesClient serializer writes it, read back (null fields inside dropped).</summary>
    public static PropertyValue Serialized(object value)
    {
        var bytes = Encoding.UTF8.GetBytes(KubernetesJson.Serialize(value));
        var reader = new Utf8JsonReader(bytes);
        return reader.Read() ? ReadValue(ref reader) : PropertyValue.Null;
    }

    private static PropertyValue ReadManifest(ref Utf8JsonReader reader, ModelKind? kind)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        var hasApiVersion = false;
        var hasKind = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null || key == "status")
            {
                reader.Skip();
                continue;
            }

            hasApiVersion |= key == "apiVersion";
            hasKind |= key == "kind";
            var value = key == "metadata" && reader.TokenType == JsonTokenType.StartObject
                ? ReadObject(ref reader, ManifestNormalizer.IsServerMetadata)
                : ReadValue(ref reader);
            entries.Add(new(key, value));
        }

        if (kind is not null && !hasApiVersion)
        {
            entries.Add(new("apiVersion", PropertyValue.Create(kind.ApiVersion)));
        }

        if (kind is not null && !hasKind)
        {
            entries.Add(new("kind", PropertyValue.Create(kind.Kind)));
        }

        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    private static PropertyValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, static _ => false);
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<PropertyValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    // Nulls inside arrays stay: only null-valued fields are dropped.
                    items.Add(ReadValue(ref reader));
                }

                return PropertyValue.Create(items.DrainToImmutable());
            case JsonTokenType.String:
                return PropertyValue.Create(reader.GetString()!);
            case JsonTokenType.Number:
                return PropertyValue.Create(reader.GetDouble());
            case JsonTokenType.True:
                return PropertyValue.True;
            case JsonTokenType.False:
                return PropertyValue.False;
            default:
                return PropertyValue.Null;
        }
    }

    private static PropertyValue ReadObject(ref Utf8JsonReader reader, Func<string, bool> drop)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null || drop(key))
            {
                reader.Skip();
                continue;
            }

            entries.Add(new(key, ReadValue(ref reader)));
        }

        return PropertyValue.Create(PropertyMap.Create(entries));
    }
}
