using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Keeps Secret values out of rendered files: unless plaintext is opted in, a Secret with values
/// becomes an external-secrets.io/v1 ExternalSecret that fetches the same keys from a store, or is
/// refused when no store is configured.
/// </summary>
internal static class SecretRenderer
{
    /// <summary>True for core/v1 Secrets.</summary>
    public static bool IsSecret(ResourceIdentity identity) => identity.Group.Length == 0 && identity.Kind == "Secret";

    /// <summary>Identity of the ExternalSecret that stands in for a Secret.</summary>
    public static ResourceIdentity ExternalSecretFor(ResourceIdentity secret) =>
        new("external-secrets.io/v1", "ExternalSecret", secret.Namespace, secret.Name);

    /// <summary>
    /// Returns the manifest to write for a normalized Secret, or a diagnostic when its values may
    /// not be written.
    /// </summary>
    public static (JsonObject? Manifest, KubernetesDiagnostic? Error) Render(
        JsonObject secret, ResourceIdentity identity, RenderOptions options)
    {
        var keys = DataKeys(secret);
        if (options.RenderSecrets || keys.Count == 0)
        {
            return (secret, null);
        }

        if (options.SecretStore is null)
        {
            var field = secret["data"] is JsonObject { Count: > 0 } ? "data" : "stringData";
            return (null, new KubernetesDiagnostic(
                identity.ToString(),
                field,
                "refusing to write Secret values to a rendered file in plaintext. Set `kubernetes:renderSecrets: true` to write them, " +
                "or configure a secret store (`kubernetes:secretStore`) so an external-secrets.io ExternalSecret is rendered instead."));
        }

        return (BuildExternalSecret(secret, identity, keys, options.SecretStore), null);
    }

    private static SortedSet<string> DataKeys(JsonObject secret)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "data", "stringData" })
        {
            if (secret[field] is JsonObject values)
            {
                foreach (var (key, _) in values)
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

    private static JsonObject BuildExternalSecret(
        JsonObject secret, ResourceIdentity identity, SortedSet<string> keys, SecretStoreReference store)
    {
        var remoteKey = $"{store.KeyPrefix}{identity.Namespace ?? "default"}/{identity.Name}";
        var data = new JsonArray();
        foreach (var key in keys)
        {
            data.Add((JsonNode)new JsonObject
            {
                ["secretKey"] = key,
                ["remoteRef"] = new JsonObject { ["key"] = remoteKey, ["property"] = key },
            });
        }

        var sourceMetadata = secret["metadata"]?.AsObject();
        var metadata = new JsonObject { ["name"] = identity.Name };
        if (identity.Namespace is not null)
        {
            metadata["namespace"] = identity.Namespace;
        }

        var templateMetadata = new JsonObject();
        foreach (var field in new[] { "labels", "annotations" })
        {
            if (sourceMetadata?[field] is JsonObject { Count: > 0 } map)
            {
                metadata[field] = map.DeepClone();
                templateMetadata[field] = map.DeepClone();
            }
        }

        var template = new JsonObject();
        if (secret["type"] is JsonNode type)
        {
            template["type"] = type.DeepClone();
        }

        if (templateMetadata.Count > 0)
        {
            template["metadata"] = templateMetadata;
        }

        var target = new JsonObject { ["name"] = identity.Name, ["creationPolicy"] = "Owner" };
        if (template.Count > 0)
        {
            target["template"] = template;
        }

        if (secret["immutable"] is JsonNode immutable)
        {
            target["immutable"] = immutable.DeepClone();
        }

        return new JsonObject
        {
            ["apiVersion"] = "external-secrets.io/v1",
            ["kind"] = "ExternalSecret",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["secretStoreRef"] = new JsonObject { ["kind"] = store.Kind, ["name"] = store.Name },
                ["target"] = target,
                ["data"] = data,
            },
        };
    }
}
