namespace Infra.Components.Ci.Workloads;

/// <summary>A Secret used as a workspace.</summary>
/// <param name="SecretName">The Secret's name.</param>
public sealed record SecretVolumeSource(string SecretName)
{
    /// <summary>Keys to project and their file names.</summary>
    public IReadOnlyList<SecretItem>? Items { get; init; }
}
