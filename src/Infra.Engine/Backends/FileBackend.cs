using System.Diagnostics;
using System.Text.Json;
using Infra.Engine.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Infra.Engine.Backends;

/// <summary>
/// State in a folder (default <c>.infra/</c> in the project): per stack a checkpoint, its backup, an
/// append-only journal (fsync'd per batch) and a lock file created exclusively.
/// </summary>
public sealed class FileBackend : IStateBackend
{
    private readonly string _root;

    /// <summary>Opens a file backend rooted at <paramref name="root"/>.</summary>
    public FileBackend(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Url = "file://" + _root;
    }

    /// <inheritdoc />
    public string Url { get; }

    private string StacksDir => Path.Combine(_root, "stacks");

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListStacksAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> stacks = Directory.Exists(StacksDir)
            ? Directory.GetDirectories(StacksDir).Where(d => File.Exists(Path.Combine(d, "checkpoint.json"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        return Task.FromResult(stacks);
    }

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string stack, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(Path.Combine(StackDir(stack), "checkpoint.json")));

    /// <inheritdoc />
    public async Task<StoredStack?> ReadAsync(string stack, CancellationToken cancellationToken)
    {
        var dir = StackDir(stack);
        var checkpoint = Path.Combine(dir, "checkpoint.json");
        if (!File.Exists(checkpoint))
        {
            return null;
        }
        var bytes = await File.ReadAllBytesAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        var journalPath = Path.Combine(dir, "journal.log");
        var journal = File.Exists(journalPath) ? await File.ReadAllBytesAsync(journalPath, cancellationToken).ConfigureAwait(false) : [];
        var revision = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return new StoredStack(bytes, journal, revision, Display(checkpoint), Display(journalPath));
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadBackupAsync(string stack, CancellationToken cancellationToken)
    {
        var backupPath = Path.Combine(StackDir(stack), "checkpoint.json.bak");
        return File.Exists(backupPath) ? await File.ReadAllBytesAsync(backupPath, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <inheritdoc />
    public async Task CreateAsync(string stack, ReadOnlyMemory<byte> checkpoint, CancellationToken cancellationToken)
    {
        var dir = StackDir(stack);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "checkpoint.json");
        if (File.Exists(path))
        {
            throw new InputException($"stack '{stack}' already exists in {Url}.");
        }
        await WriteAtomicAsync(path, checkpoint, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string stack, CancellationToken cancellationToken)
    {
        var dir = StackDir(stack);
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task AppendJournalAsync(string stack, ReadOnlyMemory<byte> lines, CancellationToken cancellationToken)
    {
        var path = Path.Combine(StackDir(stack), "journal.log");
        using var handle = File.OpenHandle(path, FileMode.Append, FileAccess.Write, FileShare.Read, FileOptions.None);
        var offset = RandomAccess.GetLength(handle);
        await RandomAccess.WriteAsync(handle, lines, offset, cancellationToken).ConfigureAwait(false);
        RandomAccess.FlushToDisk(handle);
    }

    /// <inheritdoc />
    public async Task WriteCheckpointAsync(string stack, ReadOnlyMemory<byte> checkpoint, string expectedRevision, CancellationToken cancellationToken)
    {
        var dir = StackDir(stack);
        var path = Path.Combine(dir, "checkpoint.json");
        var current = File.Exists(path) ? await RevisionOfAsync(path, cancellationToken).ConfigureAwait(false) : "";
        if (current != expectedRevision)
        {
            throw new InputException($"{Display(path)} changed since it was read (another writer?); nothing was written. Run again.");
        }
        if (File.Exists(path))
        {
            File.Copy(path, Path.Combine(dir, "checkpoint.json.bak"), overwrite: true);
        }
        await WriteAtomicAsync(path, checkpoint, cancellationToken).ConfigureAwait(false);
        var journal = Path.Combine(dir, "journal.log");
        if (File.Exists(journal))
        {
            File.Delete(journal);
        }
    }

    /// <inheritdoc />
    public async Task RestoreBackupAsync(string stack, CancellationToken cancellationToken)
    {
        var dir = StackDir(stack);
        var backup = Path.Combine(dir, "checkpoint.json.bak");
        if (!File.Exists(backup))
        {
            throw new InputException($"stack '{stack}' has no backup checkpoint ({Display(backup)}).");
        }
        await WriteAtomicAsync(Path.Combine(dir, "checkpoint.json"), await File.ReadAllBytesAsync(backup, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var journal = Path.Combine(dir, "journal.log");
        if (File.Exists(journal))
        {
            File.Move(journal, journal + ".discarded-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture), overwrite: true);
        }
    }

    /// <inheritdoc />
    public async Task<IAsyncDisposable> LockAsync(string stack, LockInfo info, CancellationToken cancellationToken)
    {
        var dir = StackDir(stack);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "lock.json");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    await JsonSerializer.SerializeAsync(stream, info, LockInfoJson.Default.LockInfo, cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }
                return new FileLock(path, info.Id);
            }
            catch (IOException) when (File.Exists(path))
            {
                var holder = ReadLock(path);
                if (holder is not null && holder.Host == Environment.MachineName && !IsAlive(holder.ProcessId))
                {
                    // The holder died on this machine (killed or crashed): its lock is stale, take it over.
                    File.Delete(path);
                    continue;
                }
                throw new StateLockedException(stack, holder, $"Wait for it to finish, or if it is gone run again with `--force-unlock` (lock file {Display(path)}).");
            }
        }
        throw new StateLockedException(stack, ReadLock(path), "Another run took the lock at the same moment; try again.");
    }

    /// <inheritdoc />
    public Task ForceUnlockAsync(string stack, CancellationToken cancellationToken)
    {
        var path = Path.Combine(StackDir(stack), "lock.json");
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string StackDir(string stack) => Path.Combine(StacksDir, stack);

    private string Display(string path) => Path.GetRelativePath(Path.GetDirectoryName(_root) ?? _root, path);

    private static LockInfo? ReadLock(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), LockInfoJson.Default.LockInfo);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Hashed from the file as it streams: a large stack's checkpoint is tens of megabytes, not worth holding to hash.
    private static async Task<string> RevisionOfAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1024 * 1024, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    private static async Task WriteAtomicAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    private sealed class FileLock(string path, string id) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            if (File.Exists(path) && ReadLock(path)?.Id == id)
            {
                File.Delete(path);
            }
            return ValueTask.CompletedTask;
        }
    }
}
