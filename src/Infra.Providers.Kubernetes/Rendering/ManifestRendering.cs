using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Yaml;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Turns one manifest into the YAML text render mode stores, whatever the layout: normalized, with Secret values
/// kept out (refused or replaced by an ExternalSecret stand-in) unless plaintext is opted in.
/// </summary>
internal static class ManifestRendering
{
    /// <summary>Renders <paramref name="manifest"/>; <paramref name="source"/> is its identity as given (a Secret may be written as an ExternalSecret).</summary>
    public static RenderedManifest Render(JsonObject manifest, RenderOptions options, out ResourceIdentity? source)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!ResourceIdentity.TryFromManifest(manifest, out var identity, out var error))
        {
            source = null;
            return new RenderedManifest(null, null, null, error);
        }

        source = identity;
        var normalized = ManifestNormalizer.NormalizeShared(manifest);
        if (SecretRenderer.IsSecret(identity))
        {
            var (safe, refusal) = SecretRenderer.Render(normalized, identity, options);
            if (safe is null)
            {
                return new RenderedManifest(identity, null, null, refusal);
            }

            if (!ReferenceEquals(safe, normalized))
            {
                identity = SecretRenderer.ExternalSecretFor(identity);
                normalized = safe;
            }
        }

        return new RenderedManifest(identity, FileNaming.For(identity), YamlEmitter.Emit(normalized), null);
    }

    /// <summary>Every file an object may be stored in: its own, and for a Secret its ExternalSecret stand-in's.</summary>
    public static IEnumerable<string> CandidateFiles(ResourceIdentity identity)
    {
        yield return FileNaming.For(identity);
        if (SecretRenderer.IsSecret(identity))
        {
            yield return FileNaming.For(SecretRenderer.ExternalSecretFor(identity));
        }
    }
}
