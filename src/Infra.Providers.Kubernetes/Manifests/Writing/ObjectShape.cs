namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// A KubernetesClient model class: its serialized properties in ordinal order of their JSON names, so the entries
/// come out already sorted for <see cref="Infra.Properties.PropertyMap"/>. The properties are read from the type on
/// first use, so a program pays only for the model types its objects actually fill in (a Deployment's type graph has
/// hundreds of types; a typical one touches a dozen).
/// </summary>
internal sealed class ObjectShape(Type type, Func<Type, ModelProperty[]> describe) : ValueShape
{
    private ModelProperty[]? properties;

    public Type Type { get; } = type;

    public ReadOnlySpan<ModelProperty> Properties => Volatile.Read(ref properties) ?? Describe();

    // Racing first uses may both describe the type; the results are equal and the first one published is kept.
    private ModelProperty[] Describe()
    {
        Interlocked.CompareExchange(ref properties, describe(Type), null);
        return properties!;
    }
}
