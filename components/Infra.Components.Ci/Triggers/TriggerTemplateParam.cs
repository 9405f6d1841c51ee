namespace Infra.Components.Ci.Triggers;

/// <summary>A parameter of a TriggerTemplate.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Default">The default.</param>
public sealed record TriggerTemplateParam(string Name, string? Description = null, string? Default = null);
