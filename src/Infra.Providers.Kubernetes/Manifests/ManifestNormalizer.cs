using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>
/// Produces the desired-state form of a manifest: without <c>status</c>, server-populated
/// metadata (uid, resourceVersion, timestamps, managedFields) and null-valued fields.
/// </summary>
internal static class ManifestNormalizer
{
    private static readonly string[] ServerMetadata =
    [
        "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
        "deletionGracePeriodSeconds", "managedFields", "selfLink",
    ];

    /// <summary>True for metadata fields the server populates, which the desired state leaves out.</summary>
    public static bool IsServerMetadata(string key) => Array.IndexOf(ServerMetadata, key) >= 0;

    /// <summary>
    /// Returns <paramref name="manifest"/> itself when it is already in desired-state form (the
    /// common case, and no allocation), otherwise a normalized copy. Callers must not mutate the result.
    /// </summary>
    public static JsonObject NormalizeShared(JsonObject manifest) => IsNormalized(manifest) ? manifest : Normalize(manifest);

    /// <summary>Returns a normalized deep copy; the input is not changed.</summary>
    public static JsonObject Normalize(JsonObject manifest)
    {
        var copy = manifest.DeepClone().AsObject();
        copy.Remove("status");
        if (copy["metadata"] is JsonObject metadata)
        {
            foreach (var key in ServerMetadata)
            {
                metadata.Remove(key);
            }
        }

        RemoveNulls(copy);
        return copy;
    }

    private static bool IsNormalized(JsonObject manifest)
    {
        if (manifest.ContainsKey("status"))
        {
            return false;
        }

        if (manifest["metadata"] is JsonObject metadata && ServerMetadata.Any(metadata.ContainsKey))
        {
            return false;
        }

        return !ContainsNull(manifest);
    }

    private static bool ContainsNull(JsonNode? node) => node switch
    {
        null => true,
        JsonObject map => map.Any(p => ContainsNull(p.Value)),
        JsonArray list => list.Any(ContainsNull),
        JsonValue value => value.GetValueKind() == JsonValueKind.Null,
        _ => false,
    };

    private static void RemoveNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject map:
                List<string>? nullKeys = null;
                foreach (var (key, value) in map)
                {
                    if (value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.Null))
                    {
                        (nullKeys ??= []).Add(key);
                    }
                    else
                    {
                        RemoveNulls(value);
                    }
                }

                foreach (var key in nullKeys ?? [])
                {
                    map.Remove(key);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    if (item is not null)
                    {
                        RemoveNulls(item);
                    }
                }

                break;
        }
    }
}
