using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>Builds manifests (<see cref="JsonObject"/>) from typed KubernetesClient models or from custom-resource parts.</summary>
public static class KubernetesManifest
{
    /// <summary>
    /// Converts a typed model (e.g. <see cref="V1Deployment"/>) to a manifest. apiVersion and kind
    /// are filled in from the model's <see cref="KubernetesEntityAttribute"/> when the model leaves them unset.
    /// </summary>
    public static JsonObject FromModel(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var manifest = JsonNode.Parse(KubernetesJson.Serialize(model))?.AsObject()
            ?? throw new ArgumentException("model serialized to JSON null", nameof(model));

        if (ModelKind.Of(model) is { } entity)
        {
            if (manifest["apiVersion"] is null)
            {
                manifest["apiVersion"] = entity.ApiVersion;
            }

            if (manifest["kind"] is null)
            {
                manifest["kind"] = entity.Kind;
            }
        }

        return manifest;
    }

    /// <summary>Converts a manifest back to a typed model, e.g. <c>ToModel&lt;V1Deployment&gt;(manifest)</c>.</summary>
    public static T ToModel<T>(JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return KubernetesJson.Deserialize<T>(manifest.ToJsonString());
    }

    /// <summary>
    /// The desired-state form of a manifest: a copy without <c>status</c>, server-populated metadata
    /// (uid, resourceVersion, generation, timestamps, managedFields) and null-valued fields.
    /// Store this as a resource's inputs so a later diff compares like with like.
    /// </summary>
    public static JsonObject Normalize(JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return ManifestNormalizer.Normalize(manifest);
    }

    /// <summary>
    /// Builds a custom-resource manifest (Crossplane, Tekton, Argo CD, ... kinds) from its parts.
    /// </summary>
    /// <param name="apiVersion">Group and version, e.g. <c>tekton.dev/v1</c>.</param>
    /// <param name="kind">Kind, e.g. <c>Pipeline</c>.</param>
    /// <param name="metadata">Object metadata; at least <c>name</c>.</param>
    /// <param name="spec">The <c>spec</c> object, or null when the kind has none.</param>
    /// <param name="extraFields">Other top-level fields some kinds use instead of spec (e.g. <c>data</c>); may be null.</param>
    public static JsonObject Custom(
        string apiVersion,
        string kind,
        V1ObjectMeta metadata,
        JsonObject? spec,
        IReadOnlyDictionary<string, JsonNode?>? extraFields)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiVersion);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(metadata);
        var manifest = new JsonObject
        {
            ["apiVersion"] = apiVersion,
            ["kind"] = kind,
            ["metadata"] = JsonNode.Parse(KubernetesJson.Serialize(metadata)),
        };
        if (spec is not null)
        {
            manifest["spec"] = spec.DeepClone();
        }

        foreach (var (key, value) in extraFields ?? new Dictionary<string, JsonNode?>())
        {
            manifest[key] = value?.DeepClone();
        }

        return manifest;
    }
}
