namespace Infra.Components.Ci.Workloads;

/// <summary>Linux capabilities to add and drop.</summary>
/// <param name="Add">Added capabilities.</param>
/// <param name="Drop">Dropped capabilities (<c>ALL</c>).</param>
public sealed record ContainerCapabilities(IReadOnlyList<string>? Add, IReadOnlyList<string>? Drop);
