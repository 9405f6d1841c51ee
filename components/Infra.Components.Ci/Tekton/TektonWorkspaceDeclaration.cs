namespace Infra.Components.Ci.Tekton;

/// <summary>A workspace a Task needs (<c>spec.workspaces[]</c>).</summary>
/// <param name="Name">The workspace name.</param>
/// <param name="Description">What it holds.</param>
public sealed record TektonWorkspaceDeclaration(string Name, string? Description = null)
{
    /// <summary>Where it is mounted (default <c>/workspace/&lt;name&gt;</c>).</summary>
    public string? MountPath { get; init; }

    /// <summary>Mounted read-only.</summary>
    public bool? ReadOnly { get; init; }

    /// <summary>The task runs without it.</summary>
    public bool? Optional { get; init; }
}
