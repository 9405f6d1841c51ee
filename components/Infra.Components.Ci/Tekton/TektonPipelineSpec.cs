namespace Infra.Components.Ci.Tekton;

/// <summary>The spec of a Tekton <c>Pipeline</c> (tekton.dev/v1).</summary>
/// <param name="Tasks">The tasks.</param>
public sealed record TektonPipelineSpec(IReadOnlyList<TektonPipelineTask> Tasks)
{
    /// <summary>What the pipeline does.</summary>
    public string? Description { get; init; }

    /// <summary>Declared parameters.</summary>
    public IReadOnlyList<TektonParamSpec>? Params { get; init; }

    /// <summary>Declared workspaces.</summary>
    public IReadOnlyList<TektonPipelineWorkspace>? Workspaces { get; init; }

    /// <summary>Results of the pipeline.</summary>
    public IReadOnlyList<TektonPipelineResult>? Results { get; init; }

    /// <summary>Tasks that always run at the end.</summary>
    public IReadOnlyList<TektonPipelineTask>? Finally { get; init; }
}
