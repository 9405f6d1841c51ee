namespace Infra.Components.Ci.Argo;

/// <summary>An environment variable of a container.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value; may contain template references.</param>
public sealed record ArgoEnvVar(string Name, string Value);
