namespace Infra.Policy.Conformance;

/// <summary>Pass/fail/skip counts for one category.</summary>
public sealed record CategoryResult(string Category, int Passed, int Failed, int Skipped);
