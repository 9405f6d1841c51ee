namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>Strings, booleans, numbers, quantities and byte arrays: converted by their runtime type.</summary>
internal sealed class ScalarShape : ValueShape
{
    public static readonly ScalarShape Instance = new();
}
