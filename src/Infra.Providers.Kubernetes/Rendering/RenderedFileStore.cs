using Microsoft.Win32.SafeHandles;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Writes files only when their bytes change; existing files are replaced via a temporary file
/// and rename so a reader (or a crash) never sees a half-updated file.
/// </summary>
internal static class RenderedFileStore
{
    /// <summary>Prefix of temporary files; a run removes any it finds (left by a crash).</summary>
    public const string TempPrefix = ".infra-tmp-";

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly these bytes.</summary>
    /// <returns>Created, Updated or Unchanged.</returns>
    public static async Task<RenderOutcome> WriteIfChangedAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (TryCreate(path, content))
        {
            // A new file that is cut short by a crash is rewritten on the next run: the engine
            // records the object as written only after this returns.
            return RenderOutcome.Created;
        }

        var current = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (current.AsSpan().SequenceEqual(content))
        {
            return RenderOutcome.Unchanged;
        }

        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(temp, content, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        return RenderOutcome.Updated;
    }

    // Creating a file is the common case of a first render: one exclusive open, one write, one close. The
    // asynchronous, preallocating File.WriteAllBytesAsync plus an existence check cost several times the system
    // calls (stat, fallocate, seek, locks) and a thread-pool hop per object.
    private static bool TryCreate(string path, byte[] content)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        using (handle)
        {
            RandomAccess.Write(handle, content, 0);
        }

        return true;
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
