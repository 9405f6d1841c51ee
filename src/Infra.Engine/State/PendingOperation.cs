namespace Infra.Engine.State;

/// <summary>An operation that began but has no recorded outcome: the process stopped during a provider call.</summary>
/// <param name="Kind">The step kind that was in flight.</param>
/// <param name="Resource">The resource as it was being created, updated or deleted.</param>
public sealed record PendingOperation(StepKind Kind, ResourceState Resource);
