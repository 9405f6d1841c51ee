namespace Infra.Policy.Conformance;

/// <summary>A failed case: its category, note, source file and why it failed.</summary>
public sealed record ConformanceFailure(string Category, string Note, string File, string Reason);
