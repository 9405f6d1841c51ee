using System.Reflection;

namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// A value-typed property (<c>int?</c>, <c>DateTime?</c>) read through a delegate bound to its getter. Closing this
/// type over a value type needs code generated at run time, so it is only built where the runtime can do that;
/// elsewhere <see cref="ReflectedModelProperty"/> reads the property.
/// </summary>
internal sealed class BoundValueModelProperty<TModel, TValue>(string name, ShapeBuilder shapes, MethodInfo getter)
    : ModelProperty(name, typeof(TValue), shapes)
    where TModel : class
{
    private readonly Func<TModel, TValue> get = getter.CreateDelegate<Func<TModel, TValue>>();

    public override object? Get(object model) => get((TModel)model);
}
