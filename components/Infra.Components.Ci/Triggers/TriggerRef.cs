namespace Infra.Components.Ci.Triggers;

/// <summary>A reference to a TriggerBinding.</summary>
/// <param name="Ref">The binding's name.</param>
public sealed record TriggerRef(string Ref)
{
    /// <summary>The kind (<c>TriggerBinding</c> or <c>ClusterTriggerBinding</c>).</summary>
    public string Kind { get; init; } = "TriggerBinding";
}
