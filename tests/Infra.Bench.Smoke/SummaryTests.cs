using Infra.Bench;
using Xunit;

namespace Infra.Bench.Smoke;

public sealed class SummaryTests
{
    public static TheoryData<double[], double, double, double> Walls => new()
    {
        { [3.0], 3.0, 3.0, 3.0 },
        { [5.0, 1.0, 3.0], 3.0, 1.0, 5.0 },
        { [4.0, 1.0, 2.0, 8.0], 3.0, 1.0, 8.0 },
    };

    [Theory]
    [MemberData(nameof(Walls))]
    public void Of_Runs_MedianMinMax(double[] seconds, double median, double min, double max)
    {
        var summary = Summary.Of(seconds.Select(s => new Measurement(0, TimeSpan.FromSeconds(s), TimeSpan.FromSeconds(s / 2), (long)s, "")).ToList());

        Assert.Equal((median, min, max), (summary.MedianWall.TotalSeconds, summary.MinWall.TotalSeconds, summary.MaxWall.TotalSeconds));
        Assert.Equal((long)seconds.Max(), summary.PeakRssBytes);
    }
}
