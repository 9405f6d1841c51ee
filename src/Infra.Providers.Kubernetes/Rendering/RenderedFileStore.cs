namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Writes files only when their bytes change; existing files are replaced via a temporary file
/// and rename so a reader (or a crash) never sees a half-updated file.
/// </summary>
internal static class RenderedFileStore
{
    private const string TempPrefix = ".infra-tmp-";

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly these bytes.</summary>
    /// <returns>Created, Updated or Unchanged.</returns>
    public static async Task<RenderOutcome> WriteIfChangedAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var exists = File.Exists(path);
        if (exists)
        {
            var current = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (current.AsSpan().SequenceEqual(content))
            {
                return RenderOutcome.Unchanged;
            }
        }

        if (!exists)
        {
            // A new file that is cut short by a crash is rewritten on the next run: the engine
            // records the object as written only after this returns.
            await File.WriteAllBytesAsync(path, content, cancellationToken).ConfigureAwait(false);
            return RenderOutcome.Created;
        }

        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(temp, content, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        return RenderOutcome.Updated;
    }

    /// <summary>Removes temporary files left behind by an interrupted run.</summary>
    public static void RemoveLeftovers(string directory)
    {
        foreach (var leftover in Directory.EnumerateFiles(directory, TempPrefix + "*"))
        {
            File.Delete(leftover);
        }
    }
}
