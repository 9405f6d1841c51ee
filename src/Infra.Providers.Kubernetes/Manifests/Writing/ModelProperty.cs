namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// One serialized property of a model: its JSON name, how its value converts, and a typed getter. The value's shape
/// is built on first use: most properties of a model are never set.
/// </summary>
internal abstract class ModelProperty(string name, Type valueType, ShapeBuilder shapes)
{
    private ValueShape? shape;

    public string Name { get; } = name;

    public ValueShape Shape => Volatile.Read(ref shape) ?? Resolve();

    /// <summary>The property's value on <paramref name="model"/> (boxed when it is a value type).</summary>
    public abstract object? Get(object model);

    private ValueShape Resolve()
    {
        Interlocked.CompareExchange(ref shape, shapes.Build(valueType), null);
        return shape!;
    }
}
