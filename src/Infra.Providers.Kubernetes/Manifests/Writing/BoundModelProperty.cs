namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>A property read through a delegate bound to its getter, without reflection per call.</summary>
internal sealed class BoundModelProperty<TModel, TValue>(string name, ShapeBuilder shapes, Func<TModel, TValue> getter)
    : ModelProperty(name, typeof(TValue), shapes)
{
    public override object? Get(object model) => getter((TModel)model);
}
