using Infra.Deployment;
using Infra.Engine.Execution;
using Infra.Engine.Planning;
using Infra.Engine.Providers;
using Infra.Engine.State;
using Infra.Providers;

namespace Infra.Testing;

/// <summary>
/// Runs a stack as a preview entirely in memory: no backend, no state files, no journal, and providers are only
/// asked to check, diff and predict (never to create, update or delete).
/// </summary>
public static class StackSnapshot
{
    /// <summary>Previews the stack that <paramref name="createStack"/> constructs and returns its plan.</summary>
    /// <param name="createStack">Constructs the stack (its resources register as it runs).</param>
    /// <param name="options">Project, stack, configuration, prior state and providers.</param>
    /// <param name="cancellationToken">Stops the preview.</param>
    /// <returns>The plan, with secrets already redacted as in <c>infra preview --save-plan</c>.</returns>
    /// <exception cref="StackSnapshotException">The program failed or a resource's inputs were rejected.</exception>
    public static async Task<PlanDocument> PreviewAsync(Func<Stack> createStack, SnapshotOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createStack);
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.ProjectDirectory ?? Directory.GetCurrentDirectory();
        var registry = new ProviderRegistry(options.Providers, package => new ProviderContext(
            options.Project,
            options.Stack,
            directory,
            ConfigFor(options.Config, package),
            IsDryRun: true,
            new Progress<string>(_ => { })));
        registry.Discover(createStack.Method.Module.Assembly);
        foreach (var assembly in options.ProviderAssemblies)
        {
            registry.Discover(assembly);
        }

        var settings = new DeploymentSettings(options.Project, options.Stack, directory, options.Config, DryRun: true, Parallel: 4);
        var prior = options.PriorState ?? StackState.New(options.Project, options.Stack);
        var run = new DeploymentRun(settings, prior, journal: null, registry, new DiscardingEventSink(), TimeProvider.System, cancellationToken);
        var result = await run.RunAsync(createStack, cancellationToken).ConfigureAwait(false);
        if (result.Failures.Count > 0)
        {
            throw new StackSnapshotException("the preview failed:\n" + string.Join('\n', result.Failures.Select(f => $"  {(f.Urn.Length == 0 ? "(program)" : f.Urn)}: {f.Message}")));
        }

        return result.Plan;
    }

    private static Dictionary<string, ConfigValue> ConfigFor(IReadOnlyDictionary<string, ConfigValue> config, string package) =>
        config.Where(c => c.Key.StartsWith(package + ":", StringComparison.Ordinal))
            .ToDictionary(c => c.Key[(package.Length + 1)..], c => c.Value, StringComparer.Ordinal);
}
