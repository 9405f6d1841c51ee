namespace Infra.Components.Ci.Triggers;

/// <summary>One trigger of an EventListener: bindings, a template and interceptors (filters).</summary>
/// <param name="Name">The trigger name.</param>
/// <param name="Bindings">The TriggerBindings applied.</param>
/// <param name="Template">The TriggerTemplate instantiated.</param>
public sealed record EventListenerTrigger(string Name, IReadOnlyList<TriggerRef> Bindings, TemplateRef Template)
{
    /// <summary>Interceptors run before the template (e.g. the GitHub one checking the webhook secret).</summary>
    public IReadOnlyList<TriggerInterceptor>? Interceptors { get; init; }
}
