namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>A dictionary keyed by string whose values are <see cref="Value"/>.</summary>
internal sealed class MapShape(ValueShape value) : ValueShape
{
    public ValueShape Value { get; } = value;
}
