using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Rendering.Bundles;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// Render mode, <see cref="RenderLayout.Namespace"/> layout: steps change bundles in memory and the run's changes are
/// written once by <see cref="FinishAsync"/>. A step is therefore acknowledged before its document is on disk; after a
/// crash the engine hands the unfinished run's steps to <see cref="RecoverAsync"/>, which writes them durably.
/// </summary>
internal sealed class BundleObjectStore(RenderOptions options) : IObjectStore
{
    private readonly Lazy<BundleRenderer> renderer = new(() => BundleRenderer.Open(options), LazyThreadSafetyMode.ExecutionAndPublication);

    public async Task<JsonObject> ApplyAsync(JsonObject manifest, ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var result = await renderer.Value.WriteAsync(manifest, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? manifest
            : throw new ProviderException(result.Error?.ToString() ?? $"could not render {identity}");
    }

    public async Task<bool> TryApplyDirectAsync(PropertyValue manifest, ResourceIdentity identity, CancellationToken cancellationToken)
    {
        if (DirectManifestRendering.TryRender(manifest) is not { } rendered)
        {
            return false;
        }

        var result = await renderer.Value.WriteRenderedAsync(rendered, identity, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? true
            : throw new ProviderException(result.Error?.ToString() ?? $"could not render {identity}");
    }

    public async Task<JsonObject?> ReadAsync(JsonObject manifest, ResourceIdentity identity, CancellationToken cancellationToken)
    {
        var opened = renderer.Value;
        var rendered = opened.Render(manifest);
        if (rendered.FileName is null || rendered.Yaml is null)
        {
            return null;
        }

        var yaml = await opened.ReadAsync(rendered.FileName, identity.Namespace, cancellationToken).ConfigureAwait(false);
        if (yaml is null)
        {
            return null;
        }

        if (yaml == rendered.Yaml || rendered.Identity != identity)
        {
            // Unchanged, or a Secret written as an ExternalSecret: the document does not hold the object itself.
            return manifest;
        }

        var location = $"{Path.Combine(opened.OutputDirectory, BundleNaming.For(identity.Namespace))} (document {rendered.FileName[..^".yaml".Length]})";
        return RenderedYamlReader.Read(yaml, location);
    }

    public async Task DeleteAsync(ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken) =>
        await renderer.Value.DeleteAsync(identity, cancellationToken).ConfigureAwait(false);

    public bool StoredInOtherLayout(ResourceIdentity identity) =>
        ManifestRendering.CandidateFiles(identity).Any(renderer.Value.HoldsLooseFile);

    public async Task FinishAsync(CancellationToken cancellationToken) =>
        await renderer.Value.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Brings the bundles in line with the resources an unfinished run acknowledged: present ones are (re)written,
    /// deleted ones dropped, and the result is flushed to disk before returning. Repeating it changes nothing more.
    /// </summary>
    /// <returns>Resources whose manifest cannot be rendered any more (for example a Secret refused by a changed config).</returns>
    public async Task<IReadOnlyList<string>> RecoverAsync(IReadOnlyList<RecoveredObject> resources, CancellationToken cancellationToken)
    {
        var opened = renderer.Value;
        var refused = new List<string>();
        foreach (var resource in resources)
        {
            if (resource.Deleted)
            {
                await opened.DeleteAsync(ManifestProperty.Identity(resource.Manifest), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var result = await opened.WriteAsync(resource.Manifest, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                refused.Add($"{resource.Urn}: {result.Error}");
            }
        }

        await opened.FlushAsync(cancellationToken).ConfigureAwait(false);
        return refused;
    }
}
