using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;
using Infra.Engine.Planning;
using Infra.Policy.Packs;
using Infra.Policy.Packs.Reports;

namespace Infra.Cli.Policy;

/// <summary>Evaluates policy packs on every plan before anything executes (preview and up).</summary>
/// <param name="packDirectories">The pack folders.</param>
/// <param name="onReport">Receives each evaluation's full report (for the Markdown and HTML plan reports).</param>
public sealed class PolicyGate(IReadOnlyList<string> packDirectories, Action<PolicyReport>? onReport = null) : IPlanGate
{
    /// <inheritdoc />
    public async Task<GateVerdict> EvaluateAsync(PlanDocument plan, CancellationToken cancellationToken)
    {
        var report = await PolicyEvaluator.EvaluateAsync(packDirectories, PolicyInput.FromPlan(plan), cancellationToken).ConfigureAwait(false);
        if (report.Errors.Count > 0)
        {
            throw new InputException("policy packs could not be evaluated; nothing was deployed:\n" + string.Join("\n", report.Errors));
        }
        onReport?.Invoke(report);
        return new GateVerdict(report.Blocked, TextReport.Render(report).TrimEnd());
    }
}
