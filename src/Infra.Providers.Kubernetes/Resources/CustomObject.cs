using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Kubernetes;

/// <summary>A Kubernetes object of any kind, given as apiVersion, kind, metadata and spec.</summary>
public sealed class CustomObject : CustomResource
{
    /// <summary>Registers the object.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The object's parts.</param>
    /// <param name="options">Resource options.</param>
    public CustomObject(string name, CustomObjectArgs args, ResourceOptions? options = null)
        : base(KubernetesTypeToken.For(args.ApiVersion, args.Kind), name, ManifestArgs.Of(ToManifestValue(args)), options)
    {
        Manifest = GetOutput<JsonObject>("manifest");
    }

    /// <summary>The object as applied.</summary>
    public Output<JsonObject> Manifest { get; }

    private static Output<PropertyValue> ToManifestValue(CustomObjectArgs args) =>
        Output.Tuple(args.Metadata, args.Spec ?? Output.Create((JsonObject?)null), args.Fields ?? Output.Create((JsonObject?)null)).Apply(parts =>
        {
            var extra = parts.Item3?.ToDictionary(p => p.Key, p => p.Value?.DeepClone());
            var manifest = KubernetesManifest.Custom(args.ApiVersion, args.Kind, parts.Item1, parts.Item2?.DeepClone().AsObject(), extra);
            return ManifestArgs.ToValue(KubernetesManifest.Normalize(manifest));
        });
}
