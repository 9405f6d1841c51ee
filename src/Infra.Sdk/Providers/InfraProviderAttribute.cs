using System.Diagnostics.CodeAnalysis;

namespace Infra.Providers;

/// <summary>
/// Declares, on a provider package's assembly, the factory that serves its resources, so the engine finds the
/// provider of any resource class without registration code in programs.
/// </summary>
/// <param name="factoryType">A type implementing <see cref="IProviderFactory"/> with a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class InfraProviderAttribute(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type factoryType) : Attribute
{
    /// <summary>The factory type.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    public Type FactoryType { get; } = factoryType;
}
