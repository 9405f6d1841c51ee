using System.Text;
using Infra.Cli.Graph;
using Infra.Engine.Planning;
using Infra.Policy.Packs;

namespace Infra.Cli.Reports;

/// <summary>
/// A plan as a pull-request comment: a policy banner, step counts, policy results with remediation, changed
/// resources by component and collapsible property diffs. It stays under <see cref="MaxLength"/> characters (the
/// comment limit of common forges) by leaving out whole table rows and whole diff blocks at the tail and saying so
/// in a closing note; a diff block is never cut.
/// </summary>
internal static class MarkdownPlanReport
{
    /// <summary>The output is always shorter than this (GitHub allows 65,536 characters per comment).</summary>
    public const int MaxLength = 65_000;

    /// <summary>Room kept for the closing note about what was left out.</summary>
    private const int NoteReserve = 800;

    public static string Render(PlanReport report, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var limit = maxLength - NoteReserve;
        bool TryAppend(string block)
        {
            if (text.Length + block.Length >= limit)
            {
                return false;
            }
            text.Append(block);
            return true;
        }

        text.Append("## ").Append(MarkdownText.Cell(report.Heading)).Append(": ").Append(MarkdownText.Code($"{report.Plan.Project}/{report.Plan.Stack}")).Append("\n\n");
        AppendBanner(text, report);
        AppendCounts(text, report.Plan);

        var omittedFindings = AppendFindings(report, TryAppend);
        var changes = PlanOverview.ChangesByComponent(report.Plan);
        var omittedRows = AppendChanges(changes, TryAppend);
        var omittedDiffs = AppendDiffs(changes, TryAppend);

        if (omittedFindings + omittedRows + omittedDiffs.Count > 0)
        {
            text.Append(Note(omittedFindings, omittedRows, omittedDiffs));
        }
        if (text.Length >= maxLength)
        {
            throw new InvalidOperationException($"the Markdown report is {text.Length} characters, over its limit of {maxLength}.");
        }
        return text.ToString();
    }

    private static void AppendBanner(StringBuilder text, PlanReport report)
    {
        if (report.Blocked)
        {
            text.Append("> [!CAUTION]\n> **Blocked by policy:** ").Append(report.PolicyVerdict)
                .Append(". `infra up` refuses this plan until the mandatory violations below are fixed.\n\n");
        }
        else if (report.Policies.Count > 0)
        {
            text.Append("> [!NOTE]\n> **Policies passed:** ").Append(report.PolicyVerdict).Append(".\n\n");
        }
    }

    private static void AppendCounts(StringBuilder text, PlanDocument plan)
    {
        var counts = PlanOverview.Counts(plan);
        if (counts.All(c => c.Kind is "same" or "read"))
        {
            text.Append("**No changes.** ").Append(plan.Steps.Count).Append(" resource(s) unchanged.\n\n");
            return;
        }
        text.Append("| | Step | Resources |\n|:-:|---|--:|\n");
        foreach (var (kind, symbol, label, count) in counts)
        {
            text.Append("| ").Append(symbol.Trim().Length == 0 ? "" : MarkdownText.Code(symbol)).Append(" | ").Append(label).Append(" | ").Append(count).Append(" |\n");
        }
        text.Append('\n');
    }

    /// <summary>Appends the policy results table; returns how many rows did not fit.</summary>
    private static int AppendFindings(PlanReport report, Func<string, bool> tryAppend)
    {
        if (report.Findings.Count == 0 || !tryAppend("### Policy results\n\n| Result | Severity | Policy | Resource | Message | Remediation |\n|---|---|---|---|---|---|\n"))
        {
            return report.Findings.Count;
        }
        var shown = 0;
        foreach (var finding in report.Findings)
        {
            if (!tryAppend(FindingRow(finding)))
            {
                break;
            }
            shown++;
        }
        tryAppend("\n");
        return report.Findings.Count - shown;
    }

    private static string FindingRow(PolicyResult finding) =>
        $"| {(finding.Blocking ? "**blocking**" : "warning")} | {MarkdownText.Cell(finding.Severity)} | {MarkdownText.Code($"{finding.Pack}/{finding.Policy}")} | "
        + $"{(finding.Urn is null ? "(stack)" : MarkdownText.Code(Urn.Name(finding.Urn)))} | {MarkdownText.Cell(finding.Message)} | {MarkdownText.Cell(finding.Remediation ?? "")} |\n";

    /// <summary>Appends the changed resources table; returns how many rows did not fit.</summary>
    private static int AppendChanges(IReadOnlyList<ComponentChanges> changes, Func<string, bool> tryAppend)
    {
        var total = changes.Sum(c => c.Steps.Count);
        if (total == 0 || !tryAppend("### Changes by component\n\n| Component | | Resource | Type | Changed properties |\n|---|:-:|---|---|---|\n"))
        {
            return total;
        }
        var shown = 0;
        foreach (var group in changes)
        {
            for (var i = 0; i < group.Steps.Count; i++)
            {
                if (!tryAppend(ChangeRow(i == 0 ? group.Label : "", group.Steps[i])))
                {
                    tryAppend("\n");
                    return total - shown;
                }
                shown++;
            }
        }
        tryAppend("\n");
        return 0;
    }

    private static string ChangeRow(string component, PlanStep step)
    {
        var paths = step.Kind is "update" or "replace"
            ? step.Diff.Select(d => d.Path).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var shownPaths = string.Join(", ", paths.Take(3).Select(p => MarkdownText.Code(p) + (step.ReplacePaths.Contains(p) ? " (replace)" : "")));
        if (paths.Count > 3)
        {
            shownPaths += $" and {paths.Count - 3} more";
        }
        var componentCell = component.Length == 0 ? "" : component == PlanOverview.StackLabel ? PlanOverview.StackLabel : $"**{MarkdownText.Cell(component)}**";
        return $"| {componentCell} | {MarkdownText.Code(PlanOverview.Symbol(step.Kind))} | {MarkdownText.Code(step.Name)} | {MarkdownText.Code(step.Type)} | {shownPaths} |\n";
    }

    /// <summary>Appends one collapsible block per changed resource; returns the steps whose block did not fit.</summary>
    private static List<PlanStep> AppendDiffs(IReadOnlyList<ComponentChanges> changes, Func<string, bool> tryAppend)
    {
        var steps = changes.SelectMany(c => c.Steps).ToList();
        var blocks = steps.Select(s => (Step: s, Lines: PropertyLines.For(s))).Where(b => b.Lines.Count > 0).ToList();
        var omitted = new List<PlanStep>();
        if (blocks.Count == 0)
        {
            return omitted;
        }
        if (!tryAppend("### Property diffs\n\n"))
        {
            return blocks.Select(b => b.Step).ToList();
        }
        foreach (var (step, lines) in blocks)
        {
            // A block that does not fit is left out whole; a smaller one after it may still fit.
            if (!tryAppend(DiffBlock(step, lines)))
            {
                omitted.Add(step);
            }
        }
        return omitted;
    }

    private static string DiffBlock(PlanStep step, IReadOnlyList<DiffLine> lines)
    {
        var body = string.Join("\n", lines);
        var fence = MarkdownText.Fence(body);
        return $"<details><summary><code>{Xml.Escape(PlanOverview.Symbol(step.Kind))}</code> <b>{Xml.Escape(step.Name)}</b> <code>{Xml.Escape(step.Type)}</code> ({Xml.Escape(step.Kind)}, {lines.Count} line(s))</summary>\n\n"
            + $"{fence}diff\n{body}\n{fence}\n\n</details>\n\n";
    }

    private static string Note(int findings, int rows, List<PlanStep> diffs)
    {
        var parts = new List<string>();
        if (findings > 0)
        {
            parts.Add($"{findings} policy result(s)");
        }
        if (rows > 0)
        {
            parts.Add($"{rows} changed resource row(s)");
        }
        if (diffs.Count > 0)
        {
            var kinds = string.Join(", ", diffs.GroupBy(d => d.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
            parts.Add($"the property diffs of {diffs.Count} resource(s) ({kinds})");
        }
        return $"> [!NOTE]\n> Shortened to stay under the {MaxLength:N0}-character comment limit: {string.Join(", ", parts)} are not shown. "
            + "The HTML report (`--output html`) and the saved plan hold everything.\n";
    }
}
