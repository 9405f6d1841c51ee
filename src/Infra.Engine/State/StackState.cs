using System.Collections.Immutable;

namespace Infra.Engine.State;

/// <summary>The whole recorded state of one stack.</summary>
/// <param name="Project">The project name.</param>
/// <param name="Stack">The stack name.</param>
/// <param name="Lineage">A random ID fixed at stack creation; states of different lineage never mix.</param>
/// <param name="Serial">Increases with every run that changed state.</param>
/// <param name="Resources">Resources in dependency order (dependencies first).</param>
/// <param name="PendingOperations">Operations interrupted by a crash, found while loading.</param>
public sealed record StackState(
    string Project,
    string Stack,
    string Lineage,
    long Serial,
    ImmutableArray<ResourceState> Resources,
    ImmutableArray<PendingOperation> PendingOperations)
{
    /// <summary>The format version this build writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>A new, empty stack.</summary>
    public static StackState New(string project, string stack) =>
        new(project, stack, Guid.NewGuid().ToString("N"), 0, [], []);
}
