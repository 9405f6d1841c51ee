namespace Infra.Providers.Kubernetes.Diff;

/// <summary>Outcome of a semantic comparison of two manifests.</summary>
/// <param name="ChangedPaths">Field paths that differ, e.g. <c>spec.template.spec.containers[name=web].image</c>, sorted.</param>
/// <param name="ReplacementPaths">The subset of changed paths that are immutable, so the object must be deleted and recreated.</param>
public sealed record DiffResult(IReadOnlyList<string> ChangedPaths, IReadOnlyList<string> ReplacementPaths)
{
    /// <summary>True when any field differs.</summary>
    public bool HasChanges => ChangedPaths.Count > 0;

    /// <summary>True when an immutable field changed.</summary>
    public bool RequiresReplacement => ReplacementPaths.Count > 0;
}
