namespace Infra.Components.Ci.Triggers;

/// <summary>A reference to a TriggerTemplate.</summary>
/// <param name="Ref">The template's name.</param>
public sealed record TemplateRef(string Ref);
