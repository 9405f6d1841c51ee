namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>One serialized property of a model: its JSON name, how its value converts, and a typed getter.</summary>
internal abstract class ModelProperty(string name, ValueShape shape)
{
    public string Name { get; } = name;

    public ValueShape Shape { get; } = shape;

    /// <summary>The property's value on <paramref name="model"/> (boxed when it is a value type).</summary>
    public abstract object? Get(object model);
}

/// <summary>A property read through a delegate bound to its getter, without reflection per call.</summary>
internal sealed class ModelProperty<TModel, TValue>(string name, ValueShape shape, Func<TModel, TValue> getter) : ModelProperty(name, shape)
{
    public override object? Get(object model) => getter((TModel)model);
}
