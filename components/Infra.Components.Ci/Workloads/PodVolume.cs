using System.Text.Json.Nodes;

namespace Infra.Components.Ci.Workloads;

/// <summary>A pod volume: a Secret or an emptyDir.</summary>
/// <param name="Name">The volume name.</param>
public sealed record PodVolume(string Name)
{
    /// <summary>A Secret.</summary>
    public SecretVolumeSource? Secret { get; init; }

    /// <summary>An emptyDir (<c>{}</c>).</summary>
    public JsonObject? EmptyDir { get; init; }
}
