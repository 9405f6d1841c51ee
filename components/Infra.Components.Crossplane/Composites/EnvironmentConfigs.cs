using Infra.Compositions;
using Infra.Compositions.Authoring;
using Infra.Kubernetes;

namespace Infra.Components.Crossplane.Composites;

/// <summary>Declares EnvironmentConfig objects, which several composites of a stack share.</summary>
public static class EnvironmentConfigs
{
    /// <summary>Declares <paramref name="config"/> as a Kubernetes object named <paramref name="name"/> in the stack.</summary>
    public static CustomObject Declare(string name, EnvironmentConfig config, ResourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new CustomObject(name, CrossplaneObjects.ToArgs(CompositionExporter.ToJson(config)), options);
    }
}
