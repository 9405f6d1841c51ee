using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using k8s;

namespace Infra.Kubernetes;

/// <summary>
/// A Kubernetes object from a KubernetesClient model (<c>V1StatefulSet</c>, <c>V1Service</c>, …). Build the model
/// inside <c>Apply</c> when it needs outputs of other resources; secrets and dependencies flow through.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
public sealed class KubernetesResource<T> : CustomResource
    where T : class, IKubernetesObject
{
    /// <summary>Registers the object.</summary>
    /// <param name="name">The logical name (the object's metadata.name may differ).</param>
    /// <param name="model">The object.</param>
    /// <param name="options">Resource options.</param>
    public KubernetesResource(string name, Input<T> model, ResourceOptions? options = null)
        : base(TypeOf(model), name, ManifestArgs.Of(model.ToOutput().Apply(ToManifestValue)), options)
    {
        Manifest = GetOutput<JsonObject>("manifest");
        Object = Manifest.Apply(KubernetesManifest.ToModel<T>);
    }

    /// <summary>The object as applied (render mode: as written; live mode: as the server returned it).</summary>
    public Output<T> Object { get; }

    /// <summary>The object as JSON.</summary>
    public Output<JsonObject> Manifest { get; }

    internal static PropertyValue ToManifestValue(IKubernetesObject model) =>
        ManifestArgs.ToValue(KubernetesManifest.Normalize(KubernetesManifest.FromModel(model)));

    private static string TypeOf(Input<T> model)
    {
        // The type token must be known at construction; KubernetesClient models carry their kind as constants.
        var apiVersion = typeof(T).GetField("KubeApiVersion")?.GetValue(null) as string;
        var group = typeof(T).GetField("KubeGroup")?.GetValue(null) as string;
        var kind = typeof(T).GetField("KubeKind")?.GetValue(null) as string
            ?? throw new ArgumentException($"{typeof(T).Name} is not a KubernetesClient model with a known kind; use CustomObject.", nameof(model));
        return KubernetesTypeToken.For(string.IsNullOrEmpty(group) ? apiVersion! : $"{group}/{apiVersion}", kind);
    }
}
