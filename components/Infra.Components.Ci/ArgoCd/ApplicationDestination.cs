namespace Infra.Components.Ci.ArgoCd;

/// <summary>The cluster and default namespace an Application deploys to.</summary>
/// <param name="Server">The API server URL (<c>https://kubernetes.default.svc</c> for the local cluster).</param>
/// <param name="Namespace">The default namespace.</param>
public sealed record ApplicationDestination(string Server, string? Namespace);
