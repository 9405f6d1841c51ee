using System.Text.Json.Serialization;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>Which engine(s) the pipeline is emitted for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PipelineEngine>))]
public enum PipelineEngine
{
    /// <summary>Tekton Pipelines (Tasks + Pipeline, optional webhook trigger).</summary>
    Tekton,

    /// <summary>Argo Workflows (WorkflowTemplate DAG, optional CronWorkflow).</summary>
    ArgoWorkflows,

    /// <summary>Both.</summary>
    Both,
}
