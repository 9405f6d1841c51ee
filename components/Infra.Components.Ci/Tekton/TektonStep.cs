using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.Tekton;

/// <summary>A container step of a Task (<c>spec.steps[]</c>).</summary>
/// <param name="Name">The step name.</param>
/// <param name="Image">The image, pinned by digest.</param>
public sealed record TektonStep(string Name, string Image)
{
    /// <summary>A script run by the image's shell.</summary>
    public string? Script { get; init; }

    /// <summary>The environment.</summary>
    public IReadOnlyList<TektonEnvVar>? Env { get; init; }

    /// <summary>The working directory.</summary>
    public string? WorkingDir { get; init; }

    /// <summary>CPU and memory requests and limits.</summary>
    public ContainerResources? ComputeResources { get; init; }

    /// <summary>The container's security context.</summary>
    public ContainerSecurity? SecurityContext { get; init; }
}
