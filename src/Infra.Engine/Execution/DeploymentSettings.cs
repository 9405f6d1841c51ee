using Infra.Deployment;
using Infra.Engine.Planning;

namespace Infra.Engine.Execution;

/// <summary>How one program run is carried out.</summary>
/// <param name="Project">The project name.</param>
/// <param name="Stack">The stack name.</param>
/// <param name="ProjectDirectory">The folder holding Pulumi.yaml.</param>
/// <param name="Config">The resolved stack configuration.</param>
/// <param name="DryRun">True for preview: no mutating provider call, no state write.</param>
/// <param name="Parallel">How many provider operations may run at once.</param>
/// <param name="Targets">When set, only these URNs (and their dependents) change.</param>
/// <param name="Plan">When set, every step must match this plan.</param>
public sealed record DeploymentSettings(
    string Project,
    string Stack,
    string ProjectDirectory,
    IReadOnlyDictionary<string, ConfigValue> Config,
    bool DryRun,
    int Parallel,
    IReadOnlySet<string>? Targets = null,
    PlanDocument? Plan = null);
