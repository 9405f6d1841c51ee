namespace Infra.Components.Ci.Argo;

/// <summary>A template's inputs.</summary>
/// <param name="Parameters">The input parameters.</param>
public sealed record ArgoInputs(IReadOnlyList<ArgoParameter> Parameters);
