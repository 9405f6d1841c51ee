namespace Infra.Compositions.Input;

/// <summary>A composed resource's readiness check.</summary>
internal sealed record ReadinessCheckSpec(string? Type, string? FieldPath, string? MatchString, long? MatchInteger, MatchConditionSpec? MatchCondition);
