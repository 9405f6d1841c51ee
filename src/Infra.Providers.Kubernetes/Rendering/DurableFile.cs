using System.Runtime.InteropServices;
using System.Text;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// Writes that survive a crash or power loss: a temporary file is written and flushed to disk, then renamed over the
/// target, and the directory is flushed so the rename itself is on disk.
/// </summary>
internal static class DurableFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/> atomically; call <see cref="FlushDirectory"/> to make the rename durable.</summary>
    public static async Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, RenderedFileStore.TempPrefix + Guid.NewGuid().ToString("N"));
        using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await RandomAccess.WriteAsync(handle, bytes, 0, cancellationToken).ConfigureAwait(false);
            RandomAccess.FlushToDisk(handle);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Like <see cref="WriteAsync(string, string, CancellationToken)"/>, with the bytes streamed by <paramref name="write"/>.</summary>
    public static async Task WriteAsync(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var temp = Path.Combine(Path.GetDirectoryName(path)!, RenderedFileStore.TempPrefix + Guid.NewGuid().ToString("N"));
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            write(file);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Like <see cref="WriteAsync(string, string, CancellationToken)"/>, but leaves the file alone when it already holds exactly this text.</summary>
    /// <returns>True when the file was (re)written.</returns>
    public static async Task<bool> WriteIfChangedAsync(string path, string content, CancellationToken cancellationToken)
    {
        if (File.Exists(path) && await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false) == content)
        {
            return false;
        }

        await WriteAsync(path, content, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Flushes a directory's entries (creates, renames, deletes) to disk. Windows commits them with the files, so this is a no-op there.</summary>
    public static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // .NET will not open a directory as a file; POSIX open(2) with O_RDONLY (0) does, on Linux and macOS alike.
        var descriptor = Open(Encoding.UTF8.GetBytes(directory + "\0"), 0);
        if (descriptor < 0)
        {
            throw new IOException($"cannot open {directory} to flush it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"cannot flush {directory} (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
