using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.Controllers;

/// <summary>Replicas and resources of a controller, with per-environment presets.</summary>
/// <param name="Replicas">Replicas (more than one runs with leader election).</param>
/// <param name="Resources">CPU and memory.</param>
public sealed record ControllerSizing(int Replicas, ContainerResources Resources)
{
    /// <summary>The preset for an environment: <c>prod</c> two replicas and more memory, <c>staging</c> one larger, otherwise one small.</summary>
    public static ControllerSizing For(string environment) => environment switch
    {
        "prod" or "production" => new(2, ContainerResources.Of("500m", "1Gi")),
        "staging" => new(1, ContainerResources.Of("250m", "512Mi")),
        _ => new(1, ContainerResources.Of("100m", "256Mi")),
    };
}
