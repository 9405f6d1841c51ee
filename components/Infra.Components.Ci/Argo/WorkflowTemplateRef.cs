namespace Infra.Components.Ci.Argo;

/// <summary>A reference to a WorkflowTemplate.</summary>
/// <param name="Name">The template's name.</param>
public sealed record WorkflowTemplateRef(string Name);
