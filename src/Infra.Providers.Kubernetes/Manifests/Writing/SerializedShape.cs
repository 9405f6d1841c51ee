namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>A type the walker does not model (dates, int-or-string, objects, custom converters): the serializer converts it.</summary>
internal sealed class SerializedShape : ValueShape
{
    public static readonly SerializedShape Instance = new();
}
