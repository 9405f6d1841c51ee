namespace Infra.Components.Ci.Argo;

/// <summary>A parameter (workflow argument, template input/output, or task argument).</summary>
/// <param name="Name">The parameter name.</param>
public sealed record ArgoParameter(string Name)
{
    /// <summary>The value; may contain <c>{{workflow.parameters.x}}</c> or <c>{{tasks.t.outputs.parameters.r}}</c>.</summary>
    public string? Value { get; init; }

    /// <summary>The default of an input.</summary>
    public string? Default { get; init; }

    /// <summary>Where an output is read from.</summary>
    public ArgoValueFrom? ValueFrom { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }
}
