namespace Infra.Components.Ci.Triggers;

/// <summary>The spec of an <c>EventListener</c>.</summary>
/// <param name="ServiceAccountName">The account that creates the templated objects.</param>
/// <param name="Triggers">The triggers.</param>
public sealed record EventListenerSpec(string ServiceAccountName, IReadOnlyList<EventListenerTrigger> Triggers);
