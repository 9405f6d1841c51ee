namespace Infra.Components.Ci.Tekton;

/// <summary>A reference to a Task by name.</summary>
/// <param name="Name">The Task's name.</param>
public sealed record TektonTaskRef(string Name)
{
    /// <summary>The kind referred to.</summary>
    public string Kind { get; init; } = "Task";
}
