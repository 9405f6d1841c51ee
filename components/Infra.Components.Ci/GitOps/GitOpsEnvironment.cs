namespace Infra.Components.Ci.GitOps;

/// <summary>One stack deployed by Argo CD from its rendered folder <c>out/&lt;stack&gt;</c>.</summary>
/// <param name="Stack">The stack name (the sub-folder of <c>out/</c>).</param>
/// <param name="DestinationServer">The cluster API server.</param>
public sealed record GitOpsEnvironment(string Stack, string DestinationServer = "https://kubernetes.default.svc")
{
    /// <summary>The branch or tag Argo CD follows (default: the args' revision).</summary>
    public string? TargetRevision { get; init; }

    /// <summary>Sync automatically (prune and self-heal); false for manual promotion (e.g. prod).</summary>
    public bool AutoSync { get; init; } = true;
}
