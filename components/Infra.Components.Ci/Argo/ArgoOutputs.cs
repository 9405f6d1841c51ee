namespace Infra.Components.Ci.Argo;

/// <summary>A template's outputs.</summary>
/// <param name="Parameters">The output parameters.</param>
public sealed record ArgoOutputs(IReadOnlyList<ArgoParameter> Parameters);
