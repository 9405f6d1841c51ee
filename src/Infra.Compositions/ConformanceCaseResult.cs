namespace Infra.Compositions;

/// <summary>The outcome of one conformance case.</summary>
/// <param name="Id">The case id (or the example directory).</param>
/// <param name="Passed">True when the engine produced exactly what the case wants.</param>
/// <param name="Reason">Why the case failed (want vs got); null when it passed.</param>
public sealed record ConformanceCaseResult(string Id, bool Passed, string? Reason);
