using System.Globalization;
using System.Text;

namespace Infra.Policy.Conformance;

/// <summary>Results of a conformance run: per-category counts and every failure.</summary>
public sealed record ConformanceReport(IReadOnlyList<CategoryResult> Categories, IReadOnlyList<ConformanceFailure> Failures)
{
    /// <summary>Total passed cases.</summary>
    public int Passed => Categories.Sum(c => c.Passed);

    /// <summary>Total failed cases.</summary>
    public int Failed => Categories.Sum(c => c.Failed);

    /// <summary>Total skipped cases.</summary>
    public int Skipped => Categories.Sum(c => c.Skipped);

    /// <summary>A text table (one line per category, then the overall line) followed by the failures.</summary>
    public string Format(bool includeFailures = true)
    {
        var sb = new StringBuilder();
        foreach (var c in Categories)
            sb.AppendLine(CultureInfo.InvariantCulture, $"{c.Category,-40} {c.Passed} passed, {c.Failed} failed, {c.Skipped} skipped");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"TOTAL",-40} {Passed} passed, {Failed} failed, {Skipped} skipped");
        if (includeFailures)
        {
            foreach (var f in Failures) sb.AppendLine(CultureInfo.InvariantCulture, $"FAIL {f.Note} ({f.File}): {f.Reason}");
        }
        return sb.ToString();
    }
}
