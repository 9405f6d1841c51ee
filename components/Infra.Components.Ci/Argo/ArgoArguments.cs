namespace Infra.Components.Ci.Argo;

/// <summary>Arguments of a workflow or a DAG task.</summary>
/// <param name="Parameters">The parameters.</param>
public sealed record ArgoArguments(IReadOnlyList<ArgoParameter> Parameters);
