namespace Infra.Components.Ci.Argo;

/// <summary>A volume mounted into a container.</summary>
/// <param name="Name">The volume (or volume claim template) name.</param>
/// <param name="MountPath">Where it is mounted.</param>
public sealed record ArgoVolumeMount(string Name, string MountPath)
{
    /// <summary>Mounted read-only.</summary>
    public bool? ReadOnly { get; init; }
}
