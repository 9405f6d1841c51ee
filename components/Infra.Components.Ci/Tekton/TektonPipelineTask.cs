namespace Infra.Components.Ci.Tekton;

/// <summary>A task in a pipeline (<c>spec.tasks[]</c> / <c>spec.finally[]</c>).</summary>
/// <param name="Name">The pipeline task name.</param>
/// <param name="TaskRef">The Task it runs.</param>
public sealed record TektonPipelineTask(string Name, TektonTaskRef TaskRef)
{
    /// <summary>Parameter values.</summary>
    public IReadOnlyList<TektonParam>? Params { get; init; }

    /// <summary>Workspace bindings.</summary>
    public IReadOnlyList<TektonWorkspacePipelineTaskBinding>? Workspaces { get; init; }

    /// <summary>Tasks that must finish first (in addition to those whose results are used).</summary>
    public IReadOnlyList<string>? RunAfter { get; init; }

    /// <summary>Retries on failure.</summary>
    public int? Retries { get; init; }

    /// <summary>A timeout such as <c>30m</c>.</summary>
    public string? Timeout { get; init; }
}
