namespace Infra.Components.Ci.Tekton;

/// <summary>The spec of a Tekton <c>Task</c> (tekton.dev/v1).</summary>
/// <param name="Steps">The steps, run in order.</param>
public sealed record TektonTaskSpec(IReadOnlyList<TektonStep> Steps)
{
    /// <summary>What the task does.</summary>
    public string? Description { get; init; }

    /// <summary>Declared parameters.</summary>
    public IReadOnlyList<TektonParamSpec>? Params { get; init; }

    /// <summary>Declared results.</summary>
    public IReadOnlyList<TektonTaskResult>? Results { get; init; }

    /// <summary>Declared workspaces.</summary>
    public IReadOnlyList<TektonWorkspaceDeclaration>? Workspaces { get; init; }
}
