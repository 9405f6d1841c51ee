namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>How a value of one declared type becomes a property value, decided once per model type.</summary>
internal abstract class ValueShape
{
}

/// <summary>Strings, booleans, numbers, quantities and byte arrays: converted by their runtime type.</summary>
internal sealed class ScalarShape : ValueShape
{
    public static readonly ScalarShape Instance = new();
}

/// <summary>A type the walker does not model (dates, int-or-string, objects, custom converters): the serializer converts it.</summary>
internal sealed class SerializedShape : ValueShape
{
    public static readonly SerializedShape Instance = new();
}

/// <summary>A list, array or other enumerable of <see cref="Element"/>.</summary>
internal sealed class ArrayShape(ValueShape element) : ValueShape
{
    public ValueShape Element { get; } = element;
}

/// <summary>A dictionary keyed by string whose values are <see cref="Value"/>.</summary>
internal sealed class MapShape(ValueShape value) : ValueShape
{
    public ValueShape Value { get; } = value;
}
