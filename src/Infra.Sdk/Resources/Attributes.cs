using System.Diagnostics.CodeAnalysis;

namespace Infra;

/// <summary>Names a resource argument property in the serialized inputs (default: camelCase of the property name).</summary>
/// <param name="name">The serialized name.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute(string name) : Attribute
{
    /// <summary>The serialized name.</summary>
    public string Name { get; } = name;
}

/// <summary>Marks a stack property as a stack output (shown by <c>infra stack output</c>).</summary>
/// <param name="name">The output name; defaults to the camelCase property name.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute(string? name = null) : Attribute
{
    /// <summary>The output name.</summary>
    public string? Name { get; } = name;
}

/// <summary>Base class for resource argument classes (optional: any object with public properties works).</summary>
/// <remarks>Deriving from it keeps an argument type's public properties when the program is trimmed (Native AOT).</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public abstract class ResourceArgs
{
}
