namespace Infra.Components.Ci.ArgoCd;

/// <summary>Automatic sync settings.</summary>
/// <param name="Prune">Delete objects removed from Git.</param>
/// <param name="SelfHeal">Revert changes made in the cluster.</param>
public sealed record SyncPolicyAutomated(bool Prune, bool SelfHeal)
{
    /// <summary>Allow syncing to an empty folder (normally refused to protect against mistakes).</summary>
    public bool? AllowEmpty { get; init; }
}
