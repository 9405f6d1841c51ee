using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Diff;

/// <summary>
/// Compares manifests the way Kubernetes sees them: map order, equal quantities
/// (<c>1Gi</c> = <c>1024Mi</c>), defaulted fields and server-only fields are not changes;
/// changes to immutable fields are flagged as needing replacement.
/// </summary>
public static class SemanticDiff
{
    /// <summary>Compares the previous desired manifest (null when creating) with the new one.</summary>
    public static DiffResult Compare(JsonObject? old, JsonObject @new) => Compare(old, @new, DiffMode.Desired);

    /// <summary>Compares <paramref name="old"/> (a previous manifest or, with <see cref="DiffMode.Live"/>, the live object) with <paramref name="new"/>.</summary>
    public static DiffResult Compare(JsonObject? old, JsonObject @new, DiffMode mode)
    {
        ArgumentNullException.ThrowIfNull(@new);
        var desired = ManifestNormalizer.Normalize(@new);
        if (old is null)
        {
            return new DiffResult(desired.Select(p => p.Key).Order(StringComparer.Ordinal).ToList(), []);
        }

        var previous = ManifestNormalizer.Normalize(old);
        var kind = JsonRead.Text(desired["kind"]) ?? string.Empty;
        var changes = JsonTreeComparer.Compare(previous, desired, kind, mode)
            .DistinctBy(c => c.Path)
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .ToList();
        var replacement = ImmutableFields.RequiringReplacement(kind, previous, desired, changes);
        return new DiffResult(changes.Select(c => c.Path).ToList(), replacement);
    }
}
