using System.Text;

namespace Infra.Policy.Packs.Reports;

/// <summary>Findings grouped by resource, with the policy name, for terminals and logs.</summary>
public static class TextReport
{
    /// <summary>Renders a report.</summary>
    public static string Render(PolicyReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"Policy packs: {(report.Packs.Count == 0 ? "none" : string.Join(", ", report.Packs))} ({report.Evaluated} policies evaluated)");
        foreach (var group in report.Results.GroupBy(r => r.Urn ?? "(stack)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {group.Key}");
            foreach (var result in group.OrderBy(r => r.Blocking ? 0 : 1).ThenBy(r => r.Policy, StringComparer.Ordinal))
            {
                var label = result.Blocking ? "mandatory" : "advisory";
                text.AppendLine($"    [{label}] {result.Pack}/{result.Policy} ({result.Severity}): {result.Message}");
                if (result.Remediation is not null)
                {
                    text.AppendLine($"        fix: {result.Remediation}");
                }
            }
        }
        var blocking = report.Results.Count(r => r.Blocking);
        text.AppendLine(blocking > 0
            ? $"Blocked by policy: {blocking} mandatory violation(s), {report.Results.Count - blocking} warning(s)."
            : $"Policies passed: 0 mandatory violations, {report.Results.Count} warning(s).");
        return text.ToString();
    }
}
