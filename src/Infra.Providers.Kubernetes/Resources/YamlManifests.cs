using System.Text.Json.Nodes;
using k8s.Models;

namespace Infra.Kubernetes;

/// <summary>Registers objects parsed from JSON manifests (e.g. produced by a composition) as <see cref="CustomObject"/>s.</summary>
public static class YamlManifests
{
    /// <summary>Registers one object per manifest, named <c>&lt;prefix&gt;-&lt;kind&gt;-&lt;name&gt;</c>.</summary>
    public static IReadOnlyList<CustomObject> Register(string prefix, IEnumerable<JsonObject> manifests, ResourceOptions? options = null) =>
        manifests.Select(m =>
        {
            var apiVersion = m["apiVersion"]?.GetValue<string>() ?? throw new ArgumentException("a manifest has no apiVersion");
            var kind = m["kind"]?.GetValue<string>() ?? throw new ArgumentException("a manifest has no kind");
            var metadata = k8s.KubernetesJson.Deserialize<V1ObjectMeta>(m["metadata"]?.ToJsonString() ?? "{}");
            var fields = new JsonObject(m.Where(p => p.Key is not ("apiVersion" or "kind" or "metadata" or "spec")).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            return new CustomObject($"{prefix}-{kind.ToLowerInvariant()}-{metadata.Name ?? metadata.GenerateName}", new CustomObjectArgs
            {
                ApiVersion = apiVersion,
                Kind = kind,
                Metadata = metadata,
                Spec = m["spec"]?.DeepClone().AsObject(),
                Fields = fields.Count > 0 ? fields : null,
            }, options);
        }).ToList();
}
