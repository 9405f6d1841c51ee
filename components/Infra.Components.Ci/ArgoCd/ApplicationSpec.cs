namespace Infra.Components.Ci.ArgoCd;

/// <summary>The spec of an Argo CD <c>Application</c> (argoproj.io/v1alpha1).</summary>
/// <param name="Project">The AppProject.</param>
/// <param name="Source">Where the manifests are.</param>
/// <param name="Destination">Where they go.</param>
public sealed record ApplicationSpec(string Project, ApplicationSource Source, ApplicationDestination Destination)
{
    /// <summary>The sync policy.</summary>
    public SyncPolicy? SyncPolicy { get; init; }

    /// <summary>Deployment history kept.</summary>
    public long? RevisionHistoryLimit { get; init; }
}
