namespace Infra.Bench;

/// <summary>Identifies a series of runs: the shape (flat, nested, or peer), the size and the scenario.</summary>
public sealed record SeriesKey(string Shape, int Size, string Scenario);
