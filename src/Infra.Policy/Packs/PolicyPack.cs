using System.Text.Json.Nodes;

namespace Infra.Policy.Packs;

/// <summary>How a policy's violations are treated.</summary>
public enum Enforcement
{
    /// <summary>Shown as warnings; never blocks.</summary>
    Advisory,
    /// <summary>Blocks <c>up</c> (exit code 3).</summary>
    Mandatory,
    /// <summary>Not evaluated.</summary>
    Disabled,
}

/// <summary>A policy pack: a folder of <c>.rego</c> files with a <c>policy-pack.yaml</c>.</summary>
/// <param name="Name">The pack name.</param>
/// <param name="Version">The pack version.</param>
/// <param name="Directory">The folder.</param>
/// <param name="Policies">Per-policy settings by Rego package (e.g. <c>k8s.nonroot</c>).</param>
/// <param name="Config">Values passed to the pack's policies as <c>data.config</c>.</param>
public sealed record PolicyPack(string Name, string Version, string Directory, IReadOnlyDictionary<string, PolicySettings> Policies, JsonNode? Config);

/// <summary>One policy's settings in a pack.</summary>
/// <param name="Name">The policy name shown to users.</param>
/// <param name="Package">The Rego package whose deny/violation/warn rules make up the policy.</param>
/// <param name="Enforcement">How violations are treated.</param>
/// <param name="Severity">low, medium, high or critical.</param>
/// <param name="Description">What the policy checks.</param>
/// <param name="Remediation">How to fix a violation.</param>
public sealed record PolicySettings(string Name, string Package, Enforcement Enforcement, string Severity, string? Description, string? Remediation);
