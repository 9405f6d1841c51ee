using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Render mode: keeps a folder of one YAML file per object plus a <c>kustomization.yaml</c> listing
/// them in apply order, ready for <c>kubectl apply -k</c>, Argo CD or Flux. Safe to call
/// concurrently for different objects; call <see cref="FinalizeAsync"/> once after the last change.
/// </summary>
public sealed class ManifestRenderer
{
    private readonly RenderOptions options;
    private readonly ConcurrentDictionary<string, byte> files;

    private ManifestRenderer(RenderOptions options, IEnumerable<string> existingFiles)
    {
        this.options = options;
        files = new ConcurrentDictionary<string, byte>(existingFiles.Select(f => KeyValuePair.Create(f, (byte)0)), StringComparer.Ordinal);
    }

    /// <summary>The output directory.</summary>
    public string OutputDirectory => options.OutputDirectory;

    /// <summary>Object files currently in the folder, in apply order (the order of the kustomization).</summary>
    public IReadOnlyList<string> Files => files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Opens (creating if needed) the output directory and indexes the object files a previous
    /// run left there, so untouched objects stay listed in the kustomization.
    /// </summary>
    public static Task<ManifestRenderer> OpenAsync(RenderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(options.OutputDirectory);
        RenderedFileStore.RemoveLeftovers(options.OutputDirectory);
        var existing = Directory.EnumerateFiles(options.OutputDirectory, "*.yaml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(FileNaming.IsManifestFile);
        return Task.FromResult(new ManifestRenderer(options, existing));
    }

    /// <summary>Renders one manifest to YAML text exactly as <see cref="WriteAsync"/> would write it.</summary>
    public RenderedManifest Render(JsonObject manifest) => Render(manifest, out _);

    /// <summary>Writes (or rewrites, if its content changed) the file of one object.</summary>
    public Task<RenderResult> WriteAsync(JsonObject manifest, CancellationToken cancellationToken)
    {
        var rendered = Render(manifest, out var source);
        return WriteRenderedAsync(rendered, source, cancellationToken);
    }

    /// <summary>Writes an object already rendered (<paramref name="source"/> is its identity as given).</summary>
    internal async Task<RenderResult> WriteRenderedAsync(RenderedManifest rendered, ResourceIdentity? source, CancellationToken cancellationToken)
    {
        if (rendered.Error is not null || rendered.FileName is null || rendered.Yaml is null)
        {
            return new RenderResult(RenderOutcome.Failed, null, rendered.Error);
        }

        // A Secret switching between plaintext and ExternalSecret form changes file name.
        if (source is not null && SecretRenderer.IsSecret(source))
        {
            foreach (var candidate in CandidateFiles(source).Where(f => f != rendered.FileName))
            {
                RemoveFile(candidate);
            }
        }

        var path = Path.Combine(options.OutputDirectory, rendered.FileName);
        var outcome = await RenderedFileStore.WriteIfChangedAsync(path, Encoding.UTF8.GetBytes(rendered.Yaml), cancellationToken)
            .ConfigureAwait(false);
        files.TryAdd(rendered.FileName, 0);
        return new RenderResult(outcome, rendered.FileName, null);
    }

    /// <summary>Removes the file of one object (for a Secret, also its ExternalSecret stand-in).</summary>
    public Task<RenderResult> DeleteAsync(ResourceIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        cancellationToken.ThrowIfCancellationRequested();
        string? deleted = null;
        foreach (var candidate in CandidateFiles(identity))
        {
            if (RemoveFile(candidate))
            {
                deleted = candidate;
            }
        }

        return Task.FromResult(deleted is null
            ? new RenderResult(RenderOutcome.NotFound, FileNaming.For(identity), null)
            : new RenderResult(RenderOutcome.Deleted, deleted, null));
    }

    /// <summary>
    /// Takes over an object stored elsewhere (a document of a bundle of the namespace layout): writes its file unless
    /// one exists already (a file of this layout is newer) and lists it.
    /// </summary>
    internal async Task AdoptAsync(string fileName, string yaml, CancellationToken cancellationToken)
    {
        if (!FileNaming.IsManifestFile(fileName))
        {
            return; // a hand-edited marker that names no object file
        }

        var path = Path.Combine(options.OutputDirectory, fileName);
        if (!files.ContainsKey(fileName) && !File.Exists(path))
        {
            await RenderedFileStore.WriteIfChangedAsync(path, Encoding.UTF8.GetBytes(yaml), cancellationToken).ConfigureAwait(false);
        }

        files.TryAdd(fileName, 0);
    }

    /// <summary>Writes <c>kustomization.yaml</c> listing every object file in apply order, only if its content changed.</summary>
    /// <returns>True when the file was (re)written.</returns>
    public async Task<bool> FinalizeAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.OutputDirectory, FileNaming.Kustomization);
        var outcome = await RenderedFileStore.WriteIfChangedAsync(path, Encoding.UTF8.GetBytes(Kustomization.Render(Files)), cancellationToken)
            .ConfigureAwait(false);
        return outcome != RenderOutcome.Unchanged;
    }

    private RenderedManifest Render(JsonObject manifest, out ResourceIdentity? source) =>
        ManifestRendering.Render(manifest, options, out source);

    private static IEnumerable<string> CandidateFiles(ResourceIdentity identity) => ManifestRendering.CandidateFiles(identity);

    private bool RemoveFile(string fileName)
    {
        var path = Path.Combine(options.OutputDirectory, fileName);
        var existed = File.Exists(path);
        if (existed)
        {
            File.Delete(path);
        }

        return files.TryRemove(fileName, out _) || existed;
    }
}
