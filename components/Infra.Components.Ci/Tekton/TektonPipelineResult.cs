namespace Infra.Components.Ci.Tekton;

/// <summary>A pipeline result (<c>spec.results[]</c>), usually a task result re-exported.</summary>
/// <param name="Name">The result name.</param>
/// <param name="Value">The value, e.g. <c>$(tasks.build.results.digest)</c>.</param>
/// <param name="Description">What it holds.</param>
public sealed record TektonPipelineResult(string Name, string Value, string? Description = null);
