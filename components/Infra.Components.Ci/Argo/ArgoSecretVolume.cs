using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.Argo;

/// <summary>A pod volume backed by a Secret.</summary>
/// <param name="Name">The volume name.</param>
/// <param name="Secret">The Secret.</param>
public sealed record ArgoSecretVolume(string Name, SecretVolumeSource Secret);
