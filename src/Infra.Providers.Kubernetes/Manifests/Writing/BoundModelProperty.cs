using System.Reflection;

namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// A reference-typed property read through a delegate bound to its getter, without reflection per call. Both type
/// parameters are classes, so every instantiation shares the one canonical body Native AOT compiles: the builder may
/// close this type at run time without dynamic code.
/// </summary>
internal sealed class BoundModelProperty<TModel, TValue>(string name, ShapeBuilder shapes, MethodInfo getter)
    : ModelProperty(name, typeof(TValue), shapes)
    where TModel : class
    where TValue : class
{
    private readonly Func<TModel, TValue> get = getter.CreateDelegate<Func<TModel, TValue>>();

    public override object? Get(object model) => get((TModel)model);
}
