namespace Infra.Components.Ci.Tekton;

/// <summary>A workspace a pipeline declares (<c>spec.workspaces[]</c>).</summary>
/// <param name="Name">The workspace name.</param>
/// <param name="Description">What it holds.</param>
public sealed record TektonPipelineWorkspace(string Name, string? Description = null)
{
    /// <summary>The pipeline runs without it.</summary>
    public bool? Optional { get; init; }
}
