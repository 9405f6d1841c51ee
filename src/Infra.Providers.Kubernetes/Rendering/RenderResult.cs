using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>Result of writing or deleting one object in render mode.</summary>
/// <param name="Outcome">What happened on disk.</param>
/// <param name="FileName">File name relative to the output directory, null when nothing was identified.</param>
/// <param name="Error">Why the object was refused, when <paramref name="Outcome"/> is <see cref="RenderOutcome.Failed"/>.</param>
public sealed record RenderResult(RenderOutcome Outcome, string? FileName, KubernetesDiagnostic? Error)
{
    /// <summary>True unless the object was refused.</summary>
    public bool Succeeded => Outcome != RenderOutcome.Failed;
}
