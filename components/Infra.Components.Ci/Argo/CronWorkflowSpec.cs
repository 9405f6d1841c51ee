namespace Infra.Components.Ci.Argo;

/// <summary>The spec of an Argo <c>CronWorkflow</c> (argoproj.io/v1alpha1, v3.6+ <c>schedules</c>).</summary>
/// <param name="Schedules">Cron expressions.</param>
/// <param name="WorkflowSpec">The workflow started.</param>
public sealed record CronWorkflowSpec(IReadOnlyList<string> Schedules, CronWorkflowRunSpec WorkflowSpec)
{
    /// <summary>The time zone, e.g. <c>Etc/UTC</c>.</summary>
    public string? Timezone { get; init; }

    /// <summary><c>Allow</c>, <c>Forbid</c> or <c>Replace</c>.</summary>
    public string? ConcurrencyPolicy { get; init; }

    /// <summary>Finished workflows kept.</summary>
    public int? SuccessfulJobsHistoryLimit { get; init; }

    /// <summary>Failed workflows kept.</summary>
    public int? FailedJobsHistoryLimit { get; init; }
}
