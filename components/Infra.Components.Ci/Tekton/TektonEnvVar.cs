namespace Infra.Components.Ci.Tekton;

/// <summary>An environment variable of a step.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value; may contain Tekton variable references.</param>
public sealed record TektonEnvVar(string Name, string Value);
