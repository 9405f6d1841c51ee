using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Engine.Planning;

namespace Infra.Testing;

/// <summary>
/// Turns plans into stable snapshot text and compares them with reviewed <c>*.verified.json</c> files. Set the
/// environment variable <c>INFRA_ACCEPT_SNAPSHOTS=1</c> to accept the received plans as the new verified ones.
/// </summary>
public static class PlanSnapshot
{
    /// <summary>The environment variable that, set to <c>1</c>, makes <see cref="Verify(PlanDocument, string, string)"/> accept what it receives.</summary>
    public const string AcceptVariable = "INFRA_ACCEPT_SNAPSHOTS";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The plan in a form that only changes when the stack does: without lineage and serial, steps ordered by URN,
    /// object keys ordered, GUIDs and timestamps masked (<c>[guid]</c>, <c>[timestamp]</c>). Secrets are already
    /// <c>[secret]</c> and unknown values <c>[unknown]</c>.
    /// </summary>
    /// <param name="plan">The plan, e.g. from <see cref="StackSnapshot.PreviewAsync"/>.</param>
    /// <param name="maskedProperties">Property names whose values are replaced by <c>[masked]</c> wherever they occur (values a provider generates).</param>
    public static JsonObject Normalize(PlanDocument plan, params string[] maskedProperties)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var document = JsonSerializer.SerializeToNode(plan, PlanSnapshotJson.Default.PlanDocument)!.AsObject();
        document.Remove("lineage");
        document.Remove("serial");
        var steps = document["steps"]!.AsArray()
            .Select(s => s!.DeepClone())
            .OrderBy(s => (string?)s["urn"], StringComparer.Ordinal)
            .ThenBy(s => (string?)s["kind"], StringComparer.Ordinal)
            .ToArray();
        document["steps"] = new JsonArray(steps);
        return (JsonObject)JsonCanonicalizer.Canonicalize(document, new HashSet<string>(maskedProperties, StringComparer.Ordinal))!;
    }

    /// <summary>The normalized plan as indented JSON text ending in a newline (what snapshot files hold).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="maskedProperties">Property names to mask, as for <see cref="Normalize"/>.</param>
    public static string ToText(PlanDocument plan, params string[] maskedProperties) =>
        Normalize(plan, maskedProperties).ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Compares the normalized plan with <c>&lt;snapshotPath&gt;.verified.json</c>. On a mismatch (or when no verified
    /// file exists) writes <c>&lt;snapshotPath&gt;.received.json</c> and throws with a unified diff; with
    /// <c>INFRA_ACCEPT_SNAPSHOTS=1</c> writes the verified file instead and passes.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="snapshotPath">The snapshot's path without the <c>.verified.json</c> suffix; a relative path is resolved against the calling source file's folder, so snapshots live next to the test.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <exception cref="SnapshotMismatchException">The plan differs from the verified snapshot, or none exists.</exception>
    public static void Verify(PlanDocument plan, string snapshotPath, [CallerFilePath] string sourceFile = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(snapshotPath);
        Verify(plan, BasePath(snapshotPath, sourceFile), Environment.GetEnvironmentVariable(AcceptVariable) == "1");
    }

    /// <summary>Verifies against <paramref name="basePath"/> (absolute, without suffix), accepting when <paramref name="accept"/>.</summary>
    internal static void Verify(PlanDocument plan, string basePath, bool accept)
    {
        var verifiedPath = basePath + ".verified.json";
        var receivedPath = basePath + ".received.json";
        var received = ToText(plan);
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        var advice = $"Review {receivedPath}; accept it by renaming it to {Path.GetFileName(verifiedPath)} or by running the tests with {AcceptVariable}=1.";
        throw new SnapshotMismatchException(verified is null
            ? $"no verified snapshot {verifiedPath} exists yet.\n{advice}"
            : $"the plan differs from {verifiedPath}:\n{UnifiedDiff.Create(verified, received, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath))}{advice}");
    }

    private static string BasePath(string snapshotPath, string sourceFile)
    {
        var path = snapshotPath.EndsWith(".verified.json", StringComparison.Ordinal) ? snapshotPath[..^".verified.json".Length] : snapshotPath;
        if (Path.IsPathRooted(path) || sourceFile.Length == 0)
        {
            return Path.GetFullPath(path);
        }

        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, path));
    }
}
