using Infra.Components.Ci.Tekton;

namespace Infra.Components.Ci.Triggers;

/// <summary>The spec of a <c>TriggerBinding</c>: parameters taken from the event, e.g. <c>$(body.repository.clone_url)</c>.</summary>
/// <param name="Params">The bound parameters.</param>
public sealed record TriggerBindingSpec(IReadOnlyList<TektonParam> Params);
