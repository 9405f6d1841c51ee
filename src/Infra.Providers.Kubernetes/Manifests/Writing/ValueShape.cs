namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>How a value of one declared type becomes a property value, decided once per model type.</summary>
internal abstract class ValueShape
{
}
