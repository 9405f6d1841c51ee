using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.Argo;

/// <summary>A script template: an image and the source its interpreter runs.</summary>
/// <param name="Image">The image, pinned by digest.</param>
/// <param name="Command">The interpreter, e.g. <c>["sh"]</c>.</param>
/// <param name="Source">The script.</param>
public sealed record ArgoScript(string Image, IReadOnlyList<string> Command, string Source)
{
    /// <summary>The environment.</summary>
    public IReadOnlyList<ArgoEnvVar>? Env { get; init; }

    /// <summary>Volume mounts.</summary>
    public IReadOnlyList<ArgoVolumeMount>? VolumeMounts { get; init; }

    /// <summary>The working directory.</summary>
    public string? WorkingDir { get; init; }

    /// <summary>CPU and memory.</summary>
    public ContainerResources? Resources { get; init; }

    /// <summary>The security context.</summary>
    public ContainerSecurity? SecurityContext { get; init; }
}
