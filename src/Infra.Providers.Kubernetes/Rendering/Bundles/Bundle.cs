namespace Infra.Providers.Kubernetes.Rendering.Bundles;

/// <summary>
/// The documents of one bundle file in memory, keyed by per-object file name, which also orders them: apply rank,
/// then kind, then name. Thread-safe: concurrent steps change different documents of the same bundle.
/// </summary>
internal sealed class Bundle(string fileName, bool existsOnDisk)
{
    private readonly SortedDictionary<string, BundleDocument> documents = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The bundle's file name in the output folder.</summary>
    public string FileName { get; } = fileName;

    /// <summary>True when the file is on disk (as of the last load or write).</summary>
    public bool ExistsOnDisk { get; private set; } = existsOnDisk;

    /// <summary>True when the documents differ from the file on disk.</summary>
    public bool Changed { get; private set; }

    /// <summary>Number of documents.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return documents.Count;
            }
        }
    }

    /// <summary>Adds a document read from disk (a slice of the file's bytes) without marking the bundle changed; a later duplicate key wins.</summary>
    public void Load(string key, ReadOnlyMemory<byte> yaml)
    {
        lock (gate)
        {
            documents[key] = BundleDocument.FromUtf8(yaml);
        }
    }

    /// <summary>Adds a document only when the bundle has none under <paramref name="key"/>.</summary>
    /// <returns>True when it was added.</returns>
    public bool Adopt(string key, string yaml)
    {
        lock (gate)
        {
            if (!documents.TryAdd(key, BundleDocument.FromText(yaml)))
            {
                return false;
            }

            Changed = true;
            return true;
        }
    }

    /// <summary>Sets a document.</summary>
    /// <returns>Created, Updated or Unchanged.</returns>
    public RenderOutcome Set(string key, string yaml)
    {
        lock (gate)
        {
            var existed = documents.TryGetValue(key, out var current);
            if (existed && current.Holds(yaml))
            {
                return RenderOutcome.Unchanged;
            }

            documents[key] = BundleDocument.FromText(yaml);
            Changed = true;
            return existed ? RenderOutcome.Updated : RenderOutcome.Created;
        }
    }

    /// <summary>Removes a document.</summary>
    /// <returns>True when there was one.</returns>
    public bool Remove(string key)
    {
        lock (gate)
        {
            if (!documents.Remove(key))
            {
                return false;
            }

            Changed = true;
            return true;
        }
    }

    /// <summary>The YAML of a document, or null.</summary>
    public string? Get(string key)
    {
        lock (gate)
        {
            return documents.TryGetValue(key, out var document) ? document.Text : null;
        }
    }

    /// <summary>Writes the file's bytes to <paramref name="output"/> (a bundle of a large stack is tens of megabytes).</summary>
    public void WriteTo(Stream output)
    {
        lock (gate)
        {
            BundleText.Write(output, documents);
        }
    }

    /// <summary>Records that the file on disk now matches the documents (written, or removed when empty).</summary>
    public void MarkWritten()
    {
        lock (gate)
        {
            Changed = false;
            ExistsOnDisk = documents.Count > 0;
        }
    }
}
