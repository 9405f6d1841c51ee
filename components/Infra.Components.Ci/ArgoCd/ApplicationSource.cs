using System.Text.Json.Serialization;

namespace Infra.Components.Ci.ArgoCd;

/// <summary>Where an Application's manifests come from: a folder of plain manifests in a Git repository.</summary>
/// <param name="RepoUrl">The repository URL.</param>
/// <param name="Path">The folder, e.g. <c>out/prod</c>.</param>
/// <param name="TargetRevision">The branch, tag or commit.</param>
public sealed record ApplicationSource(
    [property: JsonPropertyName("repoURL")] string RepoUrl,
    string Path,
    string TargetRevision)
{
    /// <summary>Directory options (recursion into sub-folders).</summary>
    public ApplicationSourceDirectory? Directory { get; init; }
}
