namespace Infra.Components.Ci.Argo;

/// <summary>A DAG template body.</summary>
/// <param name="Tasks">The tasks.</param>
public sealed record ArgoDag(IReadOnlyList<ArgoDagTask> Tasks);
