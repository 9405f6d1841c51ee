using System.Text;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Rendering.Bundles;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// Render mode, <see cref="RenderLayout.Object"/> layout: one YAML file per object. The renderer is opened on first use
/// and shared by all concurrent steps of the run, so it sees every file it writes or deletes when it writes the
/// kustomization at the end. Bundles left by the namespace layout are split into per-object files before the first
/// write (reads look into them without writing).
/// </summary>
internal sealed class RenderObjectStore : IObjectStore
{
    private readonly RenderOptions options;
    private readonly Lazy<Task<ManifestRenderer>> renderer;
    private readonly Lazy<Task<ManifestRenderer>> migrated;
    private readonly Lazy<IReadOnlySet<string>> bundlesAtStart;

    public RenderObjectStore(RenderOptions options)
    {
        this.options = options;
        renderer = new(() => ManifestRenderer.OpenAsync(options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        migrated = new(() => AdoptBundlesAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        bundlesAtStart = new(ListBundles, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<JsonObject> ApplyAsync(JsonObject manifest, ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var opened = await migrated.Value.ConfigureAwait(false);
        var result = await opened.WriteAsync(manifest, cancellationToken).ConfigureAwait(false);
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

        var opened = await migrated.Value.ConfigureAwait(false);
        var result = await opened.WriteRenderedAsync(rendered, identity, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? true
            : throw new ProviderException(result.Error?.ToString() ?? $"could not render {identity}");
    }

    public async Task<JsonObject?> ReadAsync(JsonObject manifest, ResourceIdentity identity, CancellationToken cancellationToken)
    {
        var opened = await renderer.Value.ConfigureAwait(false);
        var rendered = opened.Render(manifest);
        if (rendered.FileName is null || rendered.Yaml is null)
        {
            return null;
        }

        var path = Path.Combine(opened.OutputDirectory, rendered.FileName);
        var text = File.Exists(path)
            ? await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false)
            : await FromBundleAsync(rendered.FileName, identity.Namespace, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            return null;
        }

        if (text == rendered.Yaml || rendered.Identity != identity)
        {
            // Unchanged, or a Secret written as an ExternalSecret: the file does not hold the object itself.
            return manifest;
        }

        return RenderedYamlReader.Read(text, path);
    }

    public async Task DeleteAsync(ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var opened = await migrated.Value.ConfigureAwait(false);
        await opened.DeleteAsync(identity, cancellationToken).ConfigureAwait(false);
    }

    public bool StoredInOtherLayout(ResourceIdentity identity) => bundlesAtStart.Value.Contains(BundleNaming.For(identity.Namespace));

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (renderer.IsValueCreated || ListBundles().Count > 0)
        {
            var opened = await migrated.Value.ConfigureAwait(false);
            await opened.FinalizeAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Per-object files are written as each step runs, before the engine acknowledges it: nothing to recover.
    public Task<IReadOnlyList<string>> RecoverAsync(IReadOnlyList<RecoveredObject> resources, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    // Switching back from the namespace layout: every document becomes its own file (an existing per-object file is
    // newer and wins), the kustomization lists them, and only then are the bundles removed.
    private async Task<ManifestRenderer> AdoptBundlesAsync(CancellationToken cancellationToken)
    {
        var opened = await renderer.Value.ConfigureAwait(false);
        var bundles = ListBundles();
        if (bundles.Count == 0)
        {
            return opened;
        }

        foreach (var bundle in bundles)
        {
            foreach (var (fileName, yaml) in await BundleText.ReadFileAsync(Path.Combine(options.OutputDirectory, bundle), cancellationToken).ConfigureAwait(false))
            {
                await opened.AdoptAsync(fileName, BundleText.Decode(yaml), cancellationToken).ConfigureAwait(false);
            }
        }

        await opened.FinalizeAsync(cancellationToken).ConfigureAwait(false);
        foreach (var bundle in bundles)
        {
            File.Delete(Path.Combine(options.OutputDirectory, bundle));
        }

        return opened;
    }

    private async Task<string?> FromBundleAsync(string fileName, string? ns, CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.OutputDirectory, BundleNaming.For(ns));
        if (!File.Exists(path))
        {
            return null;
        }

        var documents = await BundleText.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        var found = documents.LastOrDefault(d => d.Key == fileName);
        return found.Key is null ? null : BundleText.Decode(found.Value);
    }

    private HashSet<string> ListBundles() =>
        Directory.Exists(options.OutputDirectory)
            ? Directory.EnumerateFiles(options.OutputDirectory, "*.yaml").Select(Path.GetFileName).OfType<string>().Where(BundleNaming.IsBundleFile).ToHashSet(StringComparer.Ordinal)
            : [];
}
