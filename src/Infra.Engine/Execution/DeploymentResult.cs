using Infra.Engine.Planning;
using Infra.Engine.State;

namespace Infra.Engine.Execution;

/// <summary>What a run did.</summary>
/// <param name="Plan">The steps, as a plan document.</param>
/// <param name="Failures">Failed and refused resources.</param>
/// <param name="Skipped">Resources skipped because a dependency failed.</param>
/// <param name="Counts">Steps by kind.</param>
public sealed record DeploymentResult(PlanDocument Plan, IReadOnlyList<StepFailure> Failures, IReadOnlyList<string> Skipped, IReadOnlyDictionary<StepKind, int> Counts)
{
    /// <summary>
    /// False when the run found nothing to record: every step was unchanged, and no record, component output or
    /// delete differs from the state it started from. For a preview this means its update would write nothing.
    /// </summary>
    public bool ChangesState { get; init; } = true;

    /// <summary>For a preview: its steps, for <c>up</c> to carry out without running the program again (see <see cref="PreviewRecording.Obstacle"/>).</summary>
    public PreviewRecording? Recording { get; init; }

    /// <summary>
    /// For a replayed update: resources whose provider returned outputs other than it predicted. Their dependents were
    /// stopped (their inputs would differ from the plan) and component and stack outputs were not recorded.
    /// </summary>
    public int Diverged { get; init; }

    /// <summary>True when nothing failed.</summary>
    public bool Succeeded => Failures.Count == 0 && Skipped.Count == 0;

    /// <summary>True when a failure was caused by bad input.</summary>
    public bool HasBadInput => Failures.Any(f => f.BadInput);
}
