using System.Text;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// Render mode: one YAML file per object. The renderer is opened on first use and shared by all concurrent steps of
/// the run, so it sees every file it writes or deletes when it writes the kustomization at the end.
/// </summary>
internal sealed class RenderObjectStore(RenderOptions options) : IObjectStore
{
    private readonly Lazy<Task<ManifestRenderer>> renderer = new(
        () => ManifestRenderer.OpenAsync(options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

    public async Task<JsonObject> ApplyAsync(JsonObject manifest, ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var opened = await renderer.Value.ConfigureAwait(false);
        var result = await opened.WriteAsync(manifest, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? manifest
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
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        if (text == rendered.Yaml || rendered.Identity != identity)
        {
            // Unchanged, or a Secret written as an ExternalSecret: the file does not hold the object itself.
            return manifest;
        }

        return RenderedYamlReader.Read(text, path);
    }

    public async Task DeleteAsync(ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var opened = await renderer.Value.ConfigureAwait(false);
        await opened.DeleteAsync(identity, cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (renderer.IsValueCreated)
        {
            var opened = await renderer.Value.ConfigureAwait(false);
            await opened.FinalizeAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
