namespace Infra.Components.Ci.ArgoCd;

/// <summary>When and how an Application syncs.</summary>
/// <param name="Automated">Automatic sync; null for manual.</param>
public sealed record SyncPolicy(SyncPolicyAutomated? Automated)
{
    /// <summary>Options such as <c>CreateNamespace=true</c>, <c>ServerSideApply=true</c>.</summary>
    public IReadOnlyList<string>? SyncOptions { get; init; }

    /// <summary>Retries.</summary>
    public SyncRetry? Retry { get; init; }
}
