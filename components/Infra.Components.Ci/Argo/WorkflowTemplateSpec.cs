using System.Text.Json.Nodes;
using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.Argo;

/// <summary>The spec of an Argo <c>WorkflowTemplate</c> (argoproj.io/v1alpha1).</summary>
/// <param name="Entrypoint">The template run first.</param>
/// <param name="Templates">The templates.</param>
public sealed record WorkflowTemplateSpec(string Entrypoint, IReadOnlyList<ArgoTemplate> Templates)
{
    /// <summary>Workflow parameters (referenced as <c>{{workflow.parameters.x}}</c>).</summary>
    public ArgoArguments? Arguments { get; init; }

    /// <summary>The service account pods run as.</summary>
    public string? ServiceAccountName { get; init; }

    /// <summary>Claims created per workflow (PersistentVolumeClaim objects).</summary>
    public IReadOnlyList<JsonObject>? VolumeClaimTemplates { get; init; }

    /// <summary>Pod volumes.</summary>
    public IReadOnlyList<PodVolume>? Volumes { get; init; }
}
