namespace Infra.Policy.Evaluation;

/// <summary>Budgets that stop a hostile policy: an absolute deadline and a step count.</summary>
internal sealed record EvalLimits(DateTimeOffset? Deadline, long? MaxSteps);
