using Infra.Properties;
using Infra.Serialization;

namespace Infra.Deployment;

/// <summary>
/// The engine's side of a program run: resources register here as they are constructed. Implemented by the
/// engine; the SDK finds the current one through <see cref="DeploymentScope"/> or a resource's parent.
/// </summary>
public interface IResourceMonitor
{
    /// <summary>The project name from Pulumi.yaml.</summary>
    string ProjectName { get; }

    /// <summary>The stack being deployed.</summary>
    string StackName { get; }

    /// <summary>True during preview: nothing is created, unknown values stay unknown.</summary>
    bool IsDryRun { get; }

    /// <summary>The stack's configuration, keyed by full name (<c>namespace:key</c>).</summary>
    IReadOnlyDictionary<string, ConfigValue> Config { get; }

    /// <summary>The root stack resource, or null while the stack itself registers.</summary>
    Resource? Root { get; }

    /// <summary>The serializer shared by this run.</summary>
    PropertySerializer Serializer { get; }

    /// <summary>Registers a resource. The engine resolves <see cref="Resource.Completion"/> when its step finishes.</summary>
    void RegisterResource(Resource resource, RegistrationRequest request);

    /// <summary>Records a component's outputs.</summary>
    void RegisterResourceOutputs(Resource resource, Task<PropertyMap> outputs);

    /// <summary>
    /// Told when program code meets a value the run cannot know for sure yet (an <see cref="Output{T}.Apply{TResult}(Func{T, TResult})"/>
    /// callback skipped on an unknown value, or given a provider's prediction): the program then depends on values only
    /// a deployment produces.
    /// </summary>
    void ObserveUnknown()
    {
    }

    /// <summary>
    /// Told about work the program started that nothing may wait for (an <see cref="Output{T}.Apply{TResult}(Func{T, TResult})"/>
    /// callback): the run finishes only after it, so a callback that registers resources or meets an unknown value is
    /// never cut off. A fault is reported where the value is used, not here.
    /// </summary>
    void TrackTask(Task task)
    {
    }
}
