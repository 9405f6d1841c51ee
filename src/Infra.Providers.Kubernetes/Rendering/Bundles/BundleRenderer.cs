using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Rendering.Bundles;

/// <summary>
/// Render mode in the <see cref="RenderLayout.Namespace"/> layout. Writes and deletes only change bundles in memory;
/// <see cref="FlushAsync"/> writes the changed ones durably. Opening lists the folder and reads nothing: a bundle is
/// read (split by its marker lines, never parsed as YAML) the first time an object in it is touched. Per-object files
/// left by the <see cref="RenderLayout.Object"/> layout are adopted into their bundles and removed on flush.
/// </summary>
public sealed class BundleRenderer
{
    private readonly RenderOptions options;
    private readonly HashSet<string> bundlesOnDisk;
    private readonly Dictionary<string, string> looseFiles; // per-object file name -> bundle it belongs in
    private readonly ConcurrentDictionary<string, Lazy<Task<Bundle>>> bundles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> bundleOfNamespace = new(StringComparer.Ordinal);

    private BundleRenderer(RenderOptions options, HashSet<string> bundlesOnDisk, Dictionary<string, string> looseFiles)
    {
        this.options = options;
        this.bundlesOnDisk = bundlesOnDisk;
        this.looseFiles = looseFiles;
    }

    /// <summary>The output directory.</summary>
    public string OutputDirectory => options.OutputDirectory;

    /// <summary>Lists the output directory (which need not exist yet); reads no bundle.</summary>
    public static BundleRenderer Open(RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var onDisk = new HashSet<string>(StringComparer.Ordinal);
        var loose = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(options.OutputDirectory))
        {
            foreach (var name in Directory.EnumerateFiles(options.OutputDirectory, "*.yaml").Select(Path.GetFileName).OfType<string>())
            {
                if (BundleNaming.IsBundleFile(name))
                {
                    onDisk.Add(name);
                }
                else if (FileNaming.IsManifestFile(name))
                {
                    loose[name] = FileNaming.TryNamespaceOf(name, out var ns)
                        ? BundleNaming.For(ns)
                        : BundleNaming.For(ReadNamespace(Path.Combine(options.OutputDirectory, name)));
                }
            }
        }

        return new BundleRenderer(options, onDisk, loose);
    }

    /// <summary>True when <paramref name="fileName"/> is a per-object file this layout will fold into a bundle.</summary>
    public bool HoldsLooseFile(string fileName) => looseFiles.ContainsKey(fileName);

    /// <summary>Renders one manifest to the YAML its document holds.</summary>
    public RenderedManifest Render(JsonObject manifest) => ManifestRendering.Render(manifest, options, out _);

    /// <summary>Sets the document of one object (rendered now, so a refusal is reported to the caller); written on flush.</summary>
    public Task<RenderResult> WriteAsync(JsonObject manifest, CancellationToken cancellationToken)
    {
        var rendered = ManifestRendering.Render(manifest, options, out var source);
        return WriteRenderedAsync(rendered, source, cancellationToken);
    }

    /// <summary>Sets the document of an object already rendered (<paramref name="source"/> is its identity as given).</summary>
    internal async Task<RenderResult> WriteRenderedAsync(RenderedManifest rendered, ResourceIdentity? source, CancellationToken cancellationToken)
    {
        if (rendered.Error is not null || rendered.FileName is null || rendered.Yaml is null || source is null)
        {
            return new RenderResult(RenderOutcome.Failed, null, rendered.Error);
        }

        var bundle = await LoadAsync(BundleFor(source.Namespace), cancellationToken).ConfigureAwait(false);
        if (SecretRenderer.IsSecret(source) || source != rendered.Identity)
        {
            // A Secret switching between plaintext and its ExternalSecret stand-in leaves the other file behind. (Any
            // other object rendered as itself has one candidate file, the one being set.)
            foreach (var other in ManifestRendering.CandidateFiles(source))
            {
                if (other != rendered.FileName)
                {
                    bundle.Remove(other);
                }
            }
        }

        return new RenderResult(bundle.Set(rendered.FileName, rendered.Yaml), bundle.FileName, null);
    }

    /// <summary>Removes the document of one object (for a Secret, also its ExternalSecret stand-in); written on flush.</summary>
    public async Task<RenderResult> DeleteAsync(ResourceIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var bundle = await LoadAsync(BundleFor(identity.Namespace), cancellationToken).ConfigureAwait(false);
        var removed = false;
        foreach (var key in ManifestRendering.CandidateFiles(identity))
        {
            removed |= bundle.Remove(key);
        }

        return new RenderResult(removed ? RenderOutcome.Deleted : RenderOutcome.NotFound, bundle.FileName, null);
    }

    /// <summary>The stored YAML of the document <paramref name="key"/> (a per-object file name) in the bundle of <paramref name="ns"/>, or null.</summary>
    public async Task<string?> ReadAsync(string key, string? ns, CancellationToken cancellationToken)
    {
        var bundle = await LoadAsync(BundleFor(ns), cancellationToken).ConfigureAwait(false);
        return bundle.Get(key);
    }

    /// <summary>
    /// Makes the folder match the model durably: every changed bundle is written (temporary file, flush, rename), the
    /// folder is flushed, then the kustomization is written; only then are emptied bundles and adopted per-object files
    /// removed, so at every instant the kustomization lists files that exist and hold every object.
    /// </summary>
    /// <returns>True when anything on disk changed.</returns>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var bundleName in looseFiles.Values.Distinct(StringComparer.Ordinal))
        {
            await LoadAsync(bundleName, cancellationToken).ConfigureAwait(false);
        }

        var loaded = new List<Bundle>();
        foreach (var lazy in bundles.Values)
        {
            loaded.Add(await lazy.Value.ConfigureAwait(false));
        }

        var directory = options.OutputDirectory;
        var changed = loaded.Where(b => b.Changed).ToList();
        if (changed.Count == 0 && looseFiles.Count == 0 && !Directory.Exists(directory))
        {
            return false;
        }

        Directory.CreateDirectory(directory);
        RenderedFileStore.RemoveLeftovers(directory);
        // Written concurrently, so the bundles' flushes to disk overlap instead of queueing one behind another.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(changed.Where(b => b.Count > 0), parallel, async (bundle, token) =>
            await DurableFile.WriteAsync(Path.Combine(directory, bundle.FileName), bundle.WriteTo, token).ConfigureAwait(false))
            .ConfigureAwait(false);

        DurableFile.FlushDirectory(directory);
        var listed = bundlesOnDisk.Where(f => !bundles.ContainsKey(f)).Concat(loaded.Where(b => b.Count > 0).Select(b => b.FileName));
        var wrote = await DurableFile.WriteIfChangedAsync(
            Path.Combine(directory, FileNaming.Kustomization), Kustomization.Render(BundleNaming.InKustomizationOrder(listed)), cancellationToken)
            .ConfigureAwait(false);
        var obsolete = loaded.Where(b => b.Count == 0 && b.ExistsOnDisk).Select(b => b.FileName).Concat(looseFiles.Keys).ToList();
        foreach (var file in obsolete)
        {
            File.Delete(Path.Combine(directory, file));
        }

        if (wrote || obsolete.Count > 0)
        {
            DurableFile.FlushDirectory(directory);
        }

        foreach (var bundle in loaded)
        {
            bundle.MarkWritten();
        }

        looseFiles.Clear();

        return wrote || changed.Count > 0 || obsolete.Count > 0;
    }

    // A run writes many objects per namespace: the bundle's file name is worked out once per namespace.
    private string BundleFor(string? ns) => ns is null ? BundleNaming.Cluster : bundleOfNamespace.GetOrAdd(ns, static n => BundleNaming.For(n));

    private Task<Bundle> LoadAsync(string fileName, CancellationToken cancellationToken) =>
        bundles.GetOrAdd(fileName, name => new Lazy<Task<Bundle>>(() => ReadAsync(name, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication))
            .Value.WaitAsync(cancellationToken);

    private async Task<Bundle> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.OutputDirectory, fileName);
        var onDisk = bundlesOnDisk.Contains(fileName);
        var bundle = new Bundle(fileName, onDisk);
        if (onDisk)
        {
            foreach (var (key, yaml) in await BundleText.ReadFileAsync(path, cancellationToken).ConfigureAwait(false))
            {
                bundle.Load(key, yaml);
            }
        }

        // Per-object files of the object layout: the bundle's own copy wins (it was written after them, by a
        // flush that crashed before removing them).
        foreach (var (looseFile, _) in looseFiles.Where(l => l.Value == fileName).ToList())
        {
            var yaml = await File.ReadAllTextAsync(Path.Combine(options.OutputDirectory, looseFile), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            bundle.Adopt(looseFile, yaml);
        }

        return bundle;
    }

    // Only for a per-object file whose shortened name lost its namespace part.
    private static string? ReadNamespace(string path) =>
        Provider.RenderedYamlReader.Read(File.ReadAllText(path, Encoding.UTF8), path)["metadata"]?["namespace"]?.GetValue<string>();
}
