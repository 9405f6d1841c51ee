using System.Text;
using Infra.Cli.Graph;
using Infra.Engine.Planning;

namespace Infra.Cli.Reports;

/// <summary>
/// A plan as one self-contained HTML page for a CI run's artifacts: inline CSS, the resource graph as inline SVG,
/// no scripts, fonts or other external resources (a Content-Security-Policy forbids them), nothing left out.
/// </summary>
internal static class HtmlPlanReport
{
    public static string Render(PlanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Xml.Escape(report.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Xml.Escape(report.Heading)).Append(": <code>").Append(Xml.Escape($"{report.Plan.Project}/{report.Plan.Stack}")).Append("</code></h1>\n");
        AppendBanner(html, report);
        AppendCounts(html, report.Plan);
        AppendFindings(html, report);
        var changes = PlanOverview.ChangesByComponent(report.Plan);
        AppendChanges(html, changes);
        html.Append("<section>\n<h2>Resource graph</h2>\n<div class=\"graph\">\n").Append(SvgWriter.Write(ResourceGraphBuilder.FromPlan(report.Plan))).Append("</div>\n</section>\n");
        AppendDiffs(html, changes);
        html.Append("<footer>Secrets are shown as [secret]; values known only after apply as [unknown].</footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendBanner(StringBuilder html, PlanReport report)
    {
        if (report.Blocked)
        {
            html.Append("<div class=\"banner blocked\"><strong>Blocked by policy:</strong> ").Append(Xml.Escape(report.PolicyVerdict))
                .Append(". <code>infra up</code> refuses this plan until the mandatory violations are fixed.</div>\n");
        }
        else if (report.Policies.Count > 0)
        {
            html.Append("<div class=\"banner passed\"><strong>Policies passed:</strong> ").Append(Xml.Escape(report.PolicyVerdict)).Append(".</div>\n");
        }
    }

    private static void AppendCounts(StringBuilder html, PlanDocument plan)
    {
        html.Append("<section>\n<h2>Summary</h2>\n<ul class=\"counts\">\n");
        foreach (var (kind, symbol, label, count) in PlanOverview.Counts(plan))
        {
            html.Append("<li class=\"").Append(StepPalette.ClassName(kind)).Append("\"><span class=\"symbol\">").Append(Xml.Escape(symbol.Trim().Length == 0 ? "=" : symbol))
                .Append("</span> <b>").Append(count).Append("</b> ").Append(Xml.Escape(label)).Append("</li>\n");
        }
        html.Append("</ul>\n</section>\n");
    }

    private static void AppendFindings(StringBuilder html, PlanReport report)
    {
        if (report.Policies.Count == 0)
        {
            return;
        }
        html.Append("<section>\n<h2>Policy results</h2>\n<p>Packs: ").Append(Xml.Escape(string.Join(", ", report.Packs))).Append("</p>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th>Result</th><th>Severity</th><th>Policy</th><th>Resource</th><th>Message</th><th>Remediation</th></tr></thead>\n<tbody>\n");
        foreach (var finding in report.Findings)
        {
            html.Append("<tr class=\"").Append(finding.Blocking ? "blocking" : "warning").Append("\"><td>").Append(finding.Blocking ? "blocking" : "warning")
                .Append("</td><td>").Append(Xml.Escape(finding.Severity))
                .Append("</td><td><code>").Append(Xml.Escape($"{finding.Pack}/{finding.Policy}"))
                .Append("</code></td><td>").Append(finding.Urn is null ? "(stack)" : $"<code title=\"{Xml.Escape(finding.Urn)}\">{Xml.Escape(Urn.Name(finding.Urn))}</code>")
                .Append("</td><td>").Append(Xml.Escape(finding.Message))
                .Append("</td><td>").Append(Xml.Escape(finding.Remediation ?? "")).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendChanges(StringBuilder html, IReadOnlyList<ComponentChanges> changes)
    {
        html.Append("<section>\n<h2>Changes by component</h2>\n");
        if (changes.Count == 0)
        {
            html.Append("<p>No changes.</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th>Component</th><th></th><th>Resource</th><th>Type</th><th>Changed properties</th></tr></thead>\n<tbody>\n");
        foreach (var group in changes)
        {
            for (var i = 0; i < group.Steps.Count; i++)
            {
                var step = group.Steps[i];
                var paths = step.Kind is "update" or "replace" ? step.Diff.Select(d => d.Path).Distinct(StringComparer.Ordinal) : [];
                html.Append("<tr><td>").Append(i == 0 ? $"<b>{Xml.Escape(group.Label)}</b>" : "")
                    .Append("</td><td class=\"").Append(StepPalette.ClassName(step.Kind)).Append(" symbol\">").Append(Xml.Escape(PlanOverview.Symbol(step.Kind)))
                    .Append("</td><td><code>").Append(Xml.Escape(step.Name))
                    .Append("</code></td><td><code>").Append(Xml.Escape(step.Type))
                    .Append("</code></td><td>").Append(string.Join(", ", paths.Select(p => $"<code>{Xml.Escape(p)}</code>{(step.ReplacePaths.Contains(p) ? " (replace)" : "")}")))
                    .Append("</td></tr>\n");
            }
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendDiffs(StringBuilder html, IReadOnlyList<ComponentChanges> changes)
    {
        var blocks = changes.SelectMany(c => c.Steps).Select(s => (Step: s, Lines: PropertyLines.For(s))).Where(b => b.Lines.Count > 0).ToList();
        if (blocks.Count == 0)
        {
            return;
        }
        html.Append("<section>\n<h2>Property diffs</h2>\n");
        foreach (var (step, lines) in blocks)
        {
            html.Append("<details><summary><span class=\"").Append(StepPalette.ClassName(step.Kind)).Append(" symbol\">").Append(Xml.Escape(PlanOverview.Symbol(step.Kind)))
                .Append("</span> <b>").Append(Xml.Escape(step.Name)).Append("</b> <code>").Append(Xml.Escape(step.Type)).Append("</code> (").Append(Xml.Escape(step.Kind)).Append(")</summary>\n<pre class=\"diff\">");
            foreach (var line in lines)
            {
                html.Append("<span class=\"").Append(line.Marker == '+' ? "add" : "del").Append("\">").Append(Xml.Escape(line.ToString())).Append("</span>");
            }
            html.Append("</pre></details>\n");
        }
        html.Append("</section>\n");
    }
}
