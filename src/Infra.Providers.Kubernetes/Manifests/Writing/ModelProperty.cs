namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>One serialized property of a model: its JSON name, how its value converts, and a typed getter.</summary>
internal abstract class ModelProperty(string name, ValueShape shape)
{
    public string Name { get; } = name;

    public ValueShape Shape { get; } = shape;

    /// <summary>The property's value on <paramref name="model"/> (boxed when it is a value type).</summary>
    public abstract object? Get(object model);
}
