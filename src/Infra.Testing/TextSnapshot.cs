using System.Runtime.CompilerServices;
using System.Text;

namespace Infra.Testing;

/// <summary>
/// Compares text output (Markdown, HTML, DOT, SVG, …) with a reviewed <c>name.verified.ext</c> file next to the test.
/// Line endings are normalized to <c>\n</c>. Set <c>INFRA_ACCEPT_SNAPSHOTS=1</c> to accept what is received.
/// </summary>
public static class TextSnapshot
{
    /// <summary>
    /// Compares <paramref name="text"/> with <c>&lt;name&gt;.verified&lt;ext&gt;</c>, where <paramref name="snapshotPath"/> is
    /// <c>&lt;name&gt;&lt;ext&gt;</c> (e.g. <c>Verified/plan.md</c> means <c>Verified/plan.verified.md</c>). On a mismatch writes
    /// <c>&lt;name&gt;.received&lt;ext&gt;</c> and throws with a unified diff; with <c>INFRA_ACCEPT_SNAPSHOTS=1</c> writes the
    /// verified file instead and passes.
    /// </summary>
    /// <param name="text">The text received.</param>
    /// <param name="snapshotPath">The snapshot's path with its extension; relative paths are resolved against the calling source file's folder.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <exception cref="SnapshotMismatchException">The text differs from the verified snapshot, or none exists.</exception>
    public static void Verify(string text, string snapshotPath, [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(snapshotPath);
        var path = Path.IsPathRooted(snapshotPath) || sourceFile.Length == 0
            ? Path.GetFullPath(snapshotPath)
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, snapshotPath));
        var extension = Path.GetExtension(path);
        var stem = path[..^extension.Length];
        Verify(text, stem + ".verified" + extension, stem + ".received" + extension, Environment.GetEnvironmentVariable(PlanSnapshot.AcceptVariable) == "1");
    }

    private static void Verify(string text, string verifiedPath, string receivedPath, bool accept)
    {
        var received = text.ReplaceLineEndings("\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }
        var target = accept ? verifiedPath : receivedPath;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, received, new UTF8Encoding(false));
        if (accept)
        {
            File.Delete(receivedPath);
            return;
        }
        var advice = $"Review {receivedPath}; accept it by renaming it to {Path.GetFileName(verifiedPath)} or by running the tests with {PlanSnapshot.AcceptVariable}=1.";
        throw new SnapshotMismatchException(verified is null
            ? $"no verified snapshot {verifiedPath} exists yet.\n{advice}"
            : $"the text differs from {verifiedPath}:\n{UnifiedDiff.Create(verified, received, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath))}{advice}");
    }
}
