using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>A workspace of the pipeline: a per-run volume, or a Secret.</summary>
/// <param name="Name">The workspace name.</param>
/// <param name="SecretName">The backing Secret; null for a per-run volume.</param>
/// <param name="Items">Secret keys projected as files; null for all keys.</param>
public sealed record PipelineWorkspaceDefinition(string Name, string? SecretName, IReadOnlyList<SecretItem>? Items = null);
