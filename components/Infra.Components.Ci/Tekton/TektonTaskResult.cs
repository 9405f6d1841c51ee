namespace Infra.Components.Ci.Tekton;

/// <summary>A result a Task writes (<c>spec.results[]</c>).</summary>
/// <param name="Name">The result name.</param>
/// <param name="Description">What it holds.</param>
public sealed record TektonTaskResult(string Name, string? Description = null)
{
    /// <summary>The type (<c>string</c>, <c>array</c> or <c>object</c>).</summary>
    public string Type { get; init; } = "string";
}
