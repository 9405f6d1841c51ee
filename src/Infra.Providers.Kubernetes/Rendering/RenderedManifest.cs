using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>One object rendered to YAML (not yet written), or the reason it cannot be.</summary>
/// <param name="Identity">The object written (for a Secret rendered as an ExternalSecret, the ExternalSecret).</param>
/// <param name="FileName">File name relative to the output directory.</param>
/// <param name="Yaml">The file content.</param>
/// <param name="Error">Set when the manifest is invalid or refused.</param>
public sealed record RenderedManifest(ResourceIdentity? Identity, string? FileName, string? Yaml, KubernetesDiagnostic? Error);
