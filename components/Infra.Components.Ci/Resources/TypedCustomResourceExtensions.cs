using Infra.Kubernetes;

namespace Infra.Components.Ci.Resources;

/// <summary>Registers typed custom resources with the engine.</summary>
public static class TypedCustomResourceExtensions
{
    /// <summary>Registers <paramref name="resource"/> as a Kubernetes <see cref="CustomObject"/>.</summary>
    /// <param name="resource">The typed object.</param>
    /// <param name="name">The logical (URN) name.</param>
    /// <param name="options">Resource options (usually the parent component).</param>
    public static CustomObject Register(this ITypedCustomResource resource, string name, ResourceOptions? options = null) =>
        new(name, new CustomObjectArgs
        {
            ApiVersion = resource.ApiVersion,
            Kind = resource.Kind,
            Metadata = resource.Metadata.ToObjectMeta(),
            Spec = resource.SpecJson(),
        }, options);
}
