using Infra.Engine.Planning;
using Infra.Policy.Packs;

namespace Infra.Cli.Reports;

/// <summary>What a plan report shows: the plan and the policy packs' verdicts on it.</summary>
/// <param name="Heading">The report's title, e.g. <c>Infra preview</c>.</param>
/// <param name="Plan">The plan (values already redacted: secrets are <c>[secret]</c>).</param>
/// <param name="Policies">One report per policy gate that ran; empty when no pack applied.</param>
internal sealed record PlanReport(string Heading, PlanDocument Plan, IReadOnlyList<PolicyReport> Policies)
{
    /// <summary>True when a mandatory policy failed.</summary>
    public bool Blocked => Policies.Any(p => p.Blocked);

    /// <summary>The title line: heading and <c>project/stack</c>.</summary>
    public string Title => $"{Heading}: {Plan.Project}/{Plan.Stack}";

    /// <summary>Every finding, blocking ones first, then by severity, policy and resource.</summary>
    public IReadOnlyList<PolicyResult> Findings { get; } = Policies
        .SelectMany(p => p.Results)
        .OrderBy(r => r.Blocking ? 0 : 1)
        .ThenBy(r => SeverityRank(r.Severity))
        .ThenBy(r => r.Pack, StringComparer.Ordinal)
        .ThenBy(r => r.Policy, StringComparer.Ordinal)
        .ThenBy(r => r.Urn ?? "", StringComparer.Ordinal)
        .ThenBy(r => r.Message, StringComparer.Ordinal)
        .ToList();

    /// <summary>The policy packs evaluated (name@version), in order.</summary>
    public IReadOnlyList<string> Packs => Policies.SelectMany(p => p.Packs).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>A one-line verdict, e.g. <c>2 mandatory violation(s), 3 warning(s) from 4 pack(s)</c>.</summary>
    public string PolicyVerdict
    {
        get
        {
            var blocking = Findings.Count(r => r.Blocking);
            return $"{blocking} mandatory violation(s), {Findings.Count - blocking} warning(s) from {Packs.Count} pack(s)";
        }
    }

    private static int SeverityRank(string severity) => severity.ToLowerInvariant() switch
    {
        "critical" => 0,
        "high" => 1,
        "medium" => 2,
        "low" => 3,
        "info" => 4,
        _ => 5,
    };
}
