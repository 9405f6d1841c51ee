using Infra.Deployment;

namespace Infra.Providers;

/// <summary>What a provider is created with.</summary>
/// <param name="Project">The project name.</param>
/// <param name="Stack">The stack name.</param>
/// <param name="ProjectDirectory">The folder holding Pulumi.yaml.</param>
/// <param name="Config">This provider's configuration keys (without the namespace prefix).</param>
/// <param name="IsDryRun">True during preview.</param>
/// <param name="Log">Where progress and warnings go.</param>
public sealed record ProviderContext(
    string Project,
    string Stack,
    string ProjectDirectory,
    IReadOnlyDictionary<string, ConfigValue> Config,
    bool IsDryRun,
    IProgress<string> Log);
