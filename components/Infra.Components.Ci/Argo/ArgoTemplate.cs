namespace Infra.Components.Ci.Argo;

/// <summary>A template of a workflow: a script step or a DAG.</summary>
/// <param name="Name">The template name.</param>
public sealed record ArgoTemplate(string Name)
{
    /// <summary>Inputs.</summary>
    public ArgoInputs? Inputs { get; init; }

    /// <summary>Outputs.</summary>
    public ArgoOutputs? Outputs { get; init; }

    /// <summary>A script body.</summary>
    public ArgoScript? Script { get; init; }

    /// <summary>A DAG body.</summary>
    public ArgoDag? Dag { get; init; }

    /// <summary>Retries on failure.</summary>
    public ArgoRetryStrategy? RetryStrategy { get; init; }
}
