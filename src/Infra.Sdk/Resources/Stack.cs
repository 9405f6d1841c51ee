using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;

namespace Infra;

/// <summary>
/// The root of a program: derive from it and create resources in the constructor. Properties marked
/// <see cref="OutputAttribute"/> become stack outputs.
/// </summary>
/// <remarks>Stack types keep their public properties when the program is trimmed (Native AOT), so outputs are found.</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
public abstract class Stack : ComponentResource
{
    /// <summary>Registers the stack resource.</summary>
    /// <param name="transforms">Transforms applied to every resource in the stack.</param>
    protected Stack(IReadOnlyList<ResourceTransform>? transforms = null)
        : base(Infra.Urn.StackType, StackName(), new ResourceOptions { Transforms = transforms ?? [] }, isRoot: true)
    {
    }

    /// <summary>Called by the engine after the constructor: registers the [Output] properties.</summary>
    internal void RegisterStackOutputs()
    {
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<OutputAttribute>();
            if (attribute is not null)
            {
                outputs[attribute.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = property.GetValue(this);
            }
        }
        RegisterOutputs(outputs);
    }

    private static string StackName()
    {
        var monitor = Deployment.DeploymentScope.Current
            ?? throw new InvalidOperationException("A Stack must be constructed by the Infra engine (InfraProgram.RunAsync or the Infra.Testing kit).");
        return $"{monitor.ProjectName}-{monitor.StackName}";
    }
}
