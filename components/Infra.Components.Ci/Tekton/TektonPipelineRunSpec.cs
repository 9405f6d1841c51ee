namespace Infra.Components.Ci.Tekton;

/// <summary>The spec of a Tekton <c>PipelineRun</c> (tekton.dev/v1).</summary>
/// <param name="PipelineRef">The pipeline to run.</param>
public sealed record TektonPipelineRunSpec(TektonPipelineRef PipelineRef)
{
    /// <summary>Parameter values.</summary>
    public IReadOnlyList<TektonParam>? Params { get; init; }

    /// <summary>What backs each pipeline workspace.</summary>
    public IReadOnlyList<TektonWorkspaceBinding>? Workspaces { get; init; }

    /// <summary>Settings for every TaskRun.</summary>
    public TektonTaskRunTemplate? TaskRunTemplate { get; init; }

    /// <summary>Timeouts.</summary>
    public TektonTimeouts? Timeouts { get; init; }
}
