using System.Text.Json.Nodes;
using Infra.Kubernetes;
using k8s;
using k8s.Models;

namespace Infra.Components.Crossplane.Composites;

/// <summary>Turns whole Kubernetes objects (as JSON) into <see cref="CustomObjectArgs"/>.</summary>
internal static class CrossplaneObjects
{
    private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal) { "apiVersion", "kind", "metadata", "spec", "status" };

    public static CustomObjectArgs ToArgs(JsonObject manifest)
    {
        var metadata = manifest["metadata"] as JsonObject ?? new JsonObject();
        var fields = new JsonObject();
        foreach (var (key, value) in manifest)
        {
            if (!Envelope.Contains(key)) fields[key] = value?.DeepClone();
        }
        return new CustomObjectArgs
        {
            ApiVersion = (string)manifest["apiVersion"]!,
            Kind = (string)manifest["kind"]!,
            Metadata = KubernetesJson.Deserialize<V1ObjectMeta>(metadata.ToJsonString()),
            Spec = manifest["spec"] is JsonObject spec ? (JsonObject?)spec.DeepClone() : null,
            Fields = fields.Count > 0 ? fields : null,
        };
    }

    /// <summary>
    /// A composed resource as a standalone object: named <c>&lt;xr&gt;-&lt;resource&gt;</c> instead of
    /// <c>generateName</c>, and without the owner reference to an XR that does not exist in this mode.
    /// </summary>
    public static JsonObject Standalone(JsonObject composed, string compositeName, string resourceName)
    {
        var copy = (JsonObject)composed.DeepClone();
        var metadata = copy["metadata"] as JsonObject ?? new JsonObject();
        copy["metadata"] = metadata;
        metadata.Remove("generateName");
        metadata.Remove("ownerReferences");
        if (metadata["name"] is null) metadata["name"] = $"{compositeName}-{resourceName}";
        return copy;
    }
}
