namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// A KubernetesClient model class: its serialized properties in ordinal order of their JSON names, so the entries
/// come out already sorted for <see cref="Infra.Properties.PropertyMap"/>.
/// </summary>
internal sealed class ObjectShape(Type type) : ValueShape
{
    private ModelProperty[] properties = [];

    public Type Type { get; } = type;

    public ReadOnlySpan<ModelProperty> Properties => properties;

    // Set once by ShapeBuilder after the shape is registered, so self-referencing models (JSON schema props) resolve.
    internal void Complete(ModelProperty[] sorted) => properties = sorted;
}
