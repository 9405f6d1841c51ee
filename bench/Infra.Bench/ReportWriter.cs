using System.Globalization;
using System.Text;

namespace Infra.Bench;

/// <summary>Prints the results as Markdown tables: figures per scenario, peer ratios, growth and targets.</summary>
public sealed class ReportWriter(BenchOptions options, BenchResults results)
{
    private const string Flat = "flat";

    public string Write()
    {
        var text = new StringBuilder();
        foreach (var shape in options.Shapes)
        {
            WriteFigures(text, shape);
        }
        if (options.Peers)
        {
            WritePeers(text);
            WritePeerRatios(text);
        }
        WriteGrowth(text);
        WriteTargets(text);
        return text.ToString();
    }

    private void WriteFigures(StringBuilder text, string shape)
    {
        text.AppendLine(Invariant($"### Infra, {shape} stack (median of {options.Runs} runs; min–max in brackets)")).AppendLine();
        text.AppendLine("| N | scenario | wall s | CPU s | peak RSS MiB | state bytes written | written / final state |");
        text.AppendLine("|---:|---|---|---:|---:|---:|---:|");
        foreach (var size in options.Sizes)
        {
            var final = results.FinalStateBytes(shape, size);
            foreach (var scenario in Scenario.Infra)
            {
                var key = new SeriesKey(shape, size, scenario);
                if (results.Get(key) is not { } summary)
                {
                    continue;
                }
                var written = results.StateBytes(key);
                var ratio = written is { } w && final is > 0 ? (w / (double)final.Value).ToString("F2", CultureInfo.InvariantCulture) : "–";
                text.AppendLine(Invariant(
                    $"| {size:N0} | {scenario} | {Seconds(summary)} | {summary.MedianCpu.TotalSeconds:F2} | {summary.PeakRssBytes / 1048576.0:F0} | {(written is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "–")} | {ratio} |"));
            }
            if (final is { } f)
            {
                text.AppendLine(Invariant($"| {size:N0} | final state (checkpoint.json) | | | | {f:N0} | 1.00 |"));
            }
        }
        text.AppendLine();
        foreach (var size in options.Sizes)
        {
            if (results.Note(new SeriesKey(shape, size, Scenario.PolicyGate)) is { } note)
            {
                text.AppendLine(Invariant($"- N={size:N0} {shape}: `{note}`"));
            }
        }
        text.AppendLine();
    }

    private void WritePeers(StringBuilder text)
    {
        text.AppendLine("### Peers (flat stack; ratio = Infra wall / peer wall, below 1 means Infra is faster)").AppendLine();
        text.AppendLine("| N | cdk8s synth s | Infra up (fresh) s | Infra/cdk8s | Pulumi mocks s | Infra preview s | Infra up (fresh)/Pulumi | Infra preview/Pulumi | CPU ratios: up/cdk8s, up/Pulumi | peer peak RSS MiB (cdk8s / Pulumi) |");
        text.AppendLine("|---:|---|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in options.Sizes)
        {
            var cdk8s = results.Get(new SeriesKey("peer", size, Scenario.Cdk8s));
            var pulumi = results.Get(new SeriesKey("peer", size, Scenario.PulumiMocks));
            var up = results.Get(new SeriesKey(Flat, size, Scenario.UpFresh));
            var preview = results.Get(new SeriesKey(Flat, size, Scenario.Preview));
            text.AppendLine(Invariant(
                $"| {size:N0} | {Seconds(cdk8s)} | {Median(up)} | {Ratio(up, cdk8s)} | {Seconds(pulumi)} | {Median(preview)} | {Ratio(up, pulumi)} | {Ratio(preview, pulumi)} | {CpuRatio(up, cdk8s)}, {CpuRatio(up, pulumi)} | {Rss(cdk8s)} / {Rss(pulumi)} |"));
        }
        text.AppendLine();
    }

    /// <summary>Every flat Infra scenario against both peers, per N, in wall and in CPU time (the targets: ≤ 0.33 and ≤ 0.10).</summary>
    private void WritePeerRatios(StringBuilder text)
    {
        text.AppendLine("### Infra / peer ratios per N (flat stack; wall and CPU; target ≤ 0.33 against cdk8s, ≤ 0.10 against Pulumi)").AppendLine();
        text.AppendLine("| N | Infra scenario | Infra wall s | Infra CPU s | wall / cdk8s | CPU / cdk8s | wall / Pulumi | CPU / Pulumi |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var size in options.Sizes)
        {
            var cdk8s = results.Get(new SeriesKey("peer", size, Scenario.Cdk8s));
            var pulumi = results.Get(new SeriesKey("peer", size, Scenario.PulumiMocks));
            if (cdk8s is null && pulumi is null)
            {
                continue;
            }
            foreach (var scenario in Scenario.Infra)
            {
                if (results.Get(new SeriesKey(Flat, size, scenario)) is not { } infra)
                {
                    continue;
                }
                text.AppendLine(Invariant(
                    $"| {size:N0} | {scenario} | {infra.MedianWall.TotalSeconds:F3} | {infra.MedianCpu.TotalSeconds:F2} | {Ratio(infra, cdk8s)} | {CpuRatio(infra, cdk8s)} | {Ratio(infra, pulumi)} | {CpuRatio(infra, pulumi)} |"));
            }
        }
        text.AppendLine();
    }

    private void WriteGrowth(StringBuilder text)
    {
        var pairs = options.Sizes.Order().Zip(options.Sizes.Order().Skip(1)).ToList();
        if (pairs.Count == 0)
        {
            return;
        }
        text.AppendLine("### Growth (ratio of median wall times)").AppendLine();
        text.AppendLine("| shape | scenario | " + string.Join(" | ", pairs.Select(p => Invariant($"t({p.First / 1000}k)→t({p.Second / 1000}k) ×{p.Second / (double)p.First:0.#}"))) + " |");
        text.AppendLine("|---|---|" + string.Concat(pairs.Select(_ => "---:|")));
        foreach (var shape in options.Shapes.Append("peer"))
        {
            foreach (var scenario in shape == "peer" ? [Scenario.Cdk8s, Scenario.PulumiMocks] : Scenario.Infra)
            {
                var cells = pairs.Select(p => Ratio(results.Get(new SeriesKey(shape, p.Second, scenario)), results.Get(new SeriesKey(shape, p.First, scenario)))).ToList();
                if (cells.Any(c => c != "–"))
                {
                    text.AppendLine($"| {shape} | {scenario} | {string.Join(" | ", cells)} |");
                }
            }
        }
        text.AppendLine();
    }

    private void WriteTargets(StringBuilder text)
    {
        text.AppendLine("### Targets (flat stack)").AppendLine();
        Target(text, "10k fresh up < 1.5 s", Wall(Flat, 10_000, Scenario.UpFresh), 1.5);
        Target(text, "10k no-op up < 1 s", Wall(Flat, 10_000, Scenario.UpNoop), 1.0);
        Target(text, "10k preview < 1 s", Wall(Flat, 10_000, Scenario.Preview), 1.0);
        Target(text, "policy gate over the 10k plan < 1 s (whole command)", Wall(Flat, 10_000, Scenario.PolicyGate), 1.0);
        foreach (var scenario in Scenario.Infra)
        {
            var growth = Wall(Flat, 50_000, scenario) / Wall(Flat, 10_000, scenario);
            Target(text, $"t(50k)/t(10k) ≤ 6: {scenario}", growth, 6.0);
        }
        var peak = options.Shapes.SelectMany(s => Scenario.Infra.Select(c => results.Get(new SeriesKey(s, 50_000, c))?.PeakRssBytes ?? 0)).DefaultIfEmpty(0).Max();
        Target(text, "peak RSS at 50k < 1.5 GB (GiB shown)", peak > 0 ? peak / 1073741824.0 : double.NaN, 1.5);
        foreach (var size in options.Sizes)
        {
            var written = results.StateBytes(new SeriesKey(Flat, size, Scenario.UpFresh));
            var final = results.FinalStateBytes(Flat, size);
            Target(text, Invariant($"state writes of fresh up ≤ 3× final state, N={size:N0}"), written is { } w && final is > 0 ? w / (double)final.Value : double.NaN, 3.0);
        }
        Target(text, "≥3× faster than cdk8s at 10k (Infra/cdk8s ≤ 0.33)", Wall(Flat, 10_000, Scenario.UpFresh) / Wall("peer", 10_000, Scenario.Cdk8s), 1 / 3.0);
        Target(text, "≥10× faster than Pulumi mocks at 10k (Infra up/Pulumi ≤ 0.10)", Wall(Flat, 10_000, Scenario.UpFresh) / Wall("peer", 10_000, Scenario.PulumiMocks), 0.1);
        text.AppendLine();
    }

    private static void Target(StringBuilder text, string name, double value, double limit) =>
        text.AppendLine(double.IsNaN(value)
            ? $"- [ ] {name}: not measured in this run"
            : Invariant($"- [{(value <= limit ? "x" : " ")}] {name}: {value:F2} ({(value <= limit ? "met" : "MISSED")})"));

    private double Wall(string shape, int size, string scenario) =>
        results.Get(new SeriesKey(shape, size, scenario))?.MedianWall.TotalSeconds ?? double.NaN;

    private static string Seconds(Summary? s) =>
        s is null ? "–" : Invariant($"{s.MedianWall.TotalSeconds:F3} [{s.MinWall.TotalSeconds:F3}–{s.MaxWall.TotalSeconds:F3}]");

    private static string Median(Summary? s) => s is null ? "–" : Invariant($"{s.MedianWall.TotalSeconds:F3}");

    private static string Rss(Summary? s) => s is null ? "–" : Invariant($"{s.PeakRssBytes / 1048576.0:F0}");

    private static string Ratio(Summary? numerator, Summary? denominator) =>
        numerator is null || denominator is null ? "–" : Invariant($"{numerator.MedianWall.TotalSeconds / denominator.MedianWall.TotalSeconds:F2}");

    private static string CpuRatio(Summary? numerator, Summary? denominator) =>
        numerator is null || denominator is null || denominator.MedianCpu == TimeSpan.Zero ? "–" : Invariant($"{numerator.MedianCpu.TotalSeconds / denominator.MedianCpu.TotalSeconds:F2}");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
