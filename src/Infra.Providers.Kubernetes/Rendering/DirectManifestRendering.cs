using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Yaml;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// The fast path of <see cref="ManifestRendering"/>: renders a manifest held as a property value straight to YAML when
/// that gives exactly the text the JSON path would, which is when the manifest has an identity, is not a Secret (those
/// go through <see cref="SecretRenderer"/>), holds no secrets, unknowns or nulls, and is already in desired-state form.
/// </summary>
internal static class DirectManifestRendering
{
    /// <summary>The rendered manifest, or null when the JSON path must render it.</summary>
    public static RenderedManifest? TryRender(PropertyValue manifest)
    {
        if (manifest.Kind != PropertyValueKind.Object
            || !ResourceIdentity.TryFromProperties(manifest, out var identity)
            || SecretRenderer.IsSecret(identity)
            || !IsDesiredState(manifest.ObjectValue)
            || !PropertyYamlEmitter.IsPlain(manifest))
        {
            return null;
        }

        return new RenderedManifest(identity, FileNaming.For(identity), PropertyYamlEmitter.Emit(manifest.ObjectValue), null);
    }

    // ManifestNormalizer would change nothing (nulls are ruled out by IsPlain).
    private static bool IsDesiredState(PropertyMap manifest)
    {
        if (manifest.ContainsKey("status"))
        {
            return false;
        }

        if (manifest.Get("metadata") is { Kind: PropertyValueKind.Object } metadata)
        {
            foreach (var (key, _) in metadata.ObjectValue)
            {
                if (ManifestNormalizer.IsServerMetadata(key))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
