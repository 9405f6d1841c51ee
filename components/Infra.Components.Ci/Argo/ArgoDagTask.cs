namespace Infra.Components.Ci.Argo;

/// <summary>A task of a DAG template.</summary>
/// <param name="Name">The task name.</param>
/// <param name="Template">The template it runs.</param>
public sealed record ArgoDagTask(string Name, string Template)
{
    /// <summary>Tasks that must succeed first.</summary>
    public IReadOnlyList<string>? Dependencies { get; init; }

    /// <summary>Arguments for the template's inputs.</summary>
    public ArgoArguments? Arguments { get; init; }
}
