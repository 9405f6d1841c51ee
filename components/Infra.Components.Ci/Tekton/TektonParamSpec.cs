namespace Infra.Components.Ci.Tekton;

/// <summary>A declared parameter (<c>spec.params[]</c> of a Task or Pipeline).</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Default">The default; a parameter without one is required.</param>
public sealed record TektonParamSpec(string Name, string? Description = null, string? Default = null)
{
    /// <summary>The type (<c>string</c>, <c>array</c> or <c>object</c>).</summary>
    public string Type { get; init; } = "string";
}
