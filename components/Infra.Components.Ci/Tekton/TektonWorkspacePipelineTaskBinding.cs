namespace Infra.Components.Ci.Tekton;

/// <summary>Binds a task's workspace to one of the pipeline's workspaces.</summary>
/// <param name="Name">The task's workspace name.</param>
/// <param name="Workspace">The pipeline's workspace name.</param>
public sealed record TektonWorkspacePipelineTaskBinding(string Name, string Workspace)
{
    /// <summary>A sub-directory of the pipeline workspace.</summary>
    public string? SubPath { get; init; }
}
