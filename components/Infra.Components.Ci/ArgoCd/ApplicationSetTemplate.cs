namespace Infra.Components.Ci.ArgoCd;

/// <summary>The Application template of an ApplicationSet.</summary>
/// <param name="Metadata">The metadata template.</param>
/// <param name="Spec">The spec template.</param>
public sealed record ApplicationSetTemplate(ApplicationSetTemplateMetadata Metadata, ApplicationSpec Spec);
