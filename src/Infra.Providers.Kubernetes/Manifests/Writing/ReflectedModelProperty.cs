using System.Reflection;

namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// A value-typed property read by reflection, where the runtime cannot build a typed getter for it: under Native AOT a
/// generic getter over a value type (<c>int?</c>, <c>DateTime?</c>) exists only if it was compiled ahead of time.
/// </summary>
internal sealed class ReflectedModelProperty(string name, PropertyInfo property, ShapeBuilder shapes)
    : ModelProperty(name, property.PropertyType, shapes)
{
    public override object? Get(object model) => property.GetValue(model);
}
