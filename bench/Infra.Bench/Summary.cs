namespace Infra.Bench;

/// <summary>Median, minimum and maximum wall time of a series, with its median CPU time and highest peak RSS.</summary>
public sealed record Summary(int Runs, TimeSpan MedianWall, TimeSpan MinWall, TimeSpan MaxWall, TimeSpan MedianCpu, long PeakRssBytes)
{
    public static Summary Of(IReadOnlyList<Measurement> runs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var walls = runs.Select(r => r.Wall).Order().ToList();
        var cpus = runs.Select(r => r.Cpu).Order().ToList();
        return new Summary(runs.Count, Median(walls), walls[0], walls[^1], Median(cpus), runs.Max(r => r.PeakRssBytes));
    }

    private static TimeSpan Median(IReadOnlyList<TimeSpan> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
