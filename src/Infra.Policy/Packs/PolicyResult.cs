using System.Text.Json.Nodes;

namespace Infra.Policy.Packs;

/// <summary>One finding of a policy.</summary>
/// <param name="Pack">The pack name.</param>
/// <param name="Policy">The policy name.</param>
/// <param name="Rule">deny, violation or warn.</param>
/// <param name="Enforcement">How it is treated.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Urn">The resource concerned, if the policy named one.</param>
/// <param name="Remediation">How to fix it.</param>
/// <param name="Details">Extra data the policy attached.</param>
public sealed record PolicyResult(string Pack, string Policy, string Rule, Enforcement Enforcement, string Severity, string Message, string? Urn, string? Remediation, JsonNode? Details)
{
    /// <summary>True when this finding blocks the plan.</summary>
    public bool Blocking => Enforcement == Enforcement.Mandatory && Rule != "warn";
}

/// <summary>The outcome of evaluating packs over a plan.</summary>
/// <param name="Packs">The packs evaluated (name@version).</param>
/// <param name="Results">Every finding.</param>
/// <param name="Errors">Problems in the packs themselves (exit code 2).</param>
/// <param name="Evaluated">How many policies ran.</param>
public sealed record PolicyReport(IReadOnlyList<string> Packs, IReadOnlyList<PolicyResult> Results, IReadOnlyList<string> Errors, int Evaluated)
{
    /// <summary>True when a mandatory policy was violated.</summary>
    public bool Blocked => Results.Any(r => r.Blocking);
}
