namespace Infra.Components.Ci.Argo;

/// <summary>The workflow a CronWorkflow starts: a WorkflowTemplate with arguments.</summary>
/// <param name="WorkflowTemplateRef">The template.</param>
public sealed record CronWorkflowRunSpec(WorkflowTemplateRef WorkflowTemplateRef)
{
    /// <summary>Arguments overriding the template's.</summary>
    public ArgoArguments? Arguments { get; init; }
}
