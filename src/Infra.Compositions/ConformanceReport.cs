namespace Infra.Compositions;

/// <summary>The outcome of running a vector file or an examples directory.</summary>
/// <param name="Source">The file or directory that was run.</param>
/// <param name="Cases">Every case, in file order.</param>
public sealed record ConformanceReport(string Source, IReadOnlyList<ConformanceCaseResult> Cases)
{
    /// <summary>How many cases passed.</summary>
    public int Passed => Cases.Count(c => c.Passed);

    /// <summary>How many cases failed.</summary>
    public int Failed => Cases.Count(c => !c.Passed);

    /// <summary>The failed cases.</summary>
    public IReadOnlyList<ConformanceCaseResult> Failures => Cases.Where(c => !c.Passed).ToArray();

    /// <summary><c>N passed, N failed</c>.</summary>
    public string Summary => $"{Passed} passed, {Failed} failed";
}
