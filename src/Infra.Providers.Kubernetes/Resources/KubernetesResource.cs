using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Manifests.Writing;
using k8s;

namespace Infra.Kubernetes;

/// <summary>
/// A Kubernetes object from a KubernetesClient model (<c>V1StatefulSet</c>, <c>V1Service</c>, …). Build the model
/// inside <c>Apply</c> when it needs outputs of other resources; secrets and dependencies flow through.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
public sealed class KubernetesResource<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T> : CustomResource
    where T : class, IKubernetesObject
{
    private static readonly ModelKind? Kind = ModelKind.For(typeof(T));

    // Property getters bound once per model type: converting through the JSON serializer dominated large programs.
    private static readonly ModelWriter? Writer = ModelWriter.For(typeof(T));

    // Built on first use: most programs never read them, and converting every object back to JSON and to a typed
    // model cost as much as registering it.
    private readonly Lazy<Output<JsonObject>> manifest;
    private readonly Lazy<Output<T>> model;

    /// <summary>Registers the object.</summary>
    /// <param name="name">The logical name (the object's metadata.name may differ).</param>
    /// <param name="model">The object.</param>
    /// <param name="options">Resource options.</param>
    public KubernetesResource(string name, Input<T> model, ResourceOptions? options = null)
        : base(TypeOf(model), name, ManifestArgs.Of(model.ToOutput().Apply(ToManifestValue)), options)
    {
        manifest = new Lazy<Output<JsonObject>>(() => GetOutput<JsonObject>("manifest"));
        this.model = new Lazy<Output<T>>(() => Manifest.Apply(KubernetesManifest.ToModel<T>));
    }

    /// <summary>The object as applied (render mode: as written; live mode: as the server returned it).</summary>
    public Output<T> Object => model.Value;

    /// <summary>The object as JSON.</summary>
    public Output<JsonObject> Manifest => manifest.Value;

    internal static PropertyValue ToManifestValue(IKubernetesObject model) =>
        model.GetType() == typeof(T) ? ModelManifest.ToValue(model, Kind, Writer) : ModelManifest.ToValue(model, ModelKind.Of(model));

    private static string TypeOf(Input<T> model)
    {
        // The type token must be known at construction; KubernetesClient models carry their kind as constants.
        var kind = Kind ?? throw new ArgumentException($"{typeof(T).Name} is not a KubernetesClient model with a known kind; use CustomObject.", nameof(model));
        return KubernetesTypeToken.For(kind.ApiVersion, kind.Kind);
    }
}
