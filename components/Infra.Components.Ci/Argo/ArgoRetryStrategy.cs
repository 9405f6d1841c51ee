namespace Infra.Components.Ci.Argo;

/// <summary>How often a template is retried.</summary>
/// <param name="Limit">The number of retries (int or string in the CRD).</param>
public sealed record ArgoRetryStrategy(int Limit);
