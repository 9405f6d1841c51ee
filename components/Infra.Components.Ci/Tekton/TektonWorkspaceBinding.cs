using System.Text.Json.Nodes;
using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.Tekton;

/// <summary>What backs a pipeline workspace in a run (<c>PipelineRun.spec.workspaces[]</c>): one of the volume sources.</summary>
/// <param name="Name">The pipeline's workspace name.</param>
public sealed record TektonWorkspaceBinding(string Name)
{
    /// <summary>A PersistentVolumeClaim created per run (<c>{"spec": {...}}</c>).</summary>
    public JsonObject? VolumeClaimTemplate { get; init; }

    /// <summary>A Secret, e.g. registry credentials.</summary>
    public SecretVolumeSource? Secret { get; init; }

    /// <summary>An emptyDir (<c>{}</c>).</summary>
    public JsonObject? EmptyDir { get; init; }
}
