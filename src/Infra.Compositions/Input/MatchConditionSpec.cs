namespace Infra.Compositions.Input;

/// <summary>The <c>matchCondition</c> block of a readiness check.</summary>
internal sealed record MatchConditionSpec(string Type, string Status);
