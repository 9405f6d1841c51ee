namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Writes files only when their bytes change, via a temporary file and rename so a reader
/// (or a crash) never sees half a file.
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

        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(temp, content, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        return exists ? RenderOutcome.Updated : RenderOutcome.Created;
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
