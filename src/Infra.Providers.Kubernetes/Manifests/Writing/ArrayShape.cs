namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>A list, array or other enumerable of <see cref="Element"/>.</summary>
internal sealed class ArrayShape(ValueShape element) : ValueShape
{
    public ValueShape Element { get; } = element;
}
