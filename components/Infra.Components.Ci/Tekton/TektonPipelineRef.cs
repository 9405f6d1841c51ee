namespace Infra.Components.Ci.Tekton;

/// <summary>A reference to a Pipeline by name.</summary>
/// <param name="Name">The Pipeline's name.</param>
public sealed record TektonPipelineRef(string Name);
