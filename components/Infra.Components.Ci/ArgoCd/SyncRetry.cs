namespace Infra.Components.Ci.ArgoCd;

/// <summary>Retries of a failed sync.</summary>
/// <param name="Limit">The number of retries.</param>
/// <param name="Backoff">The backoff.</param>
public sealed record SyncRetry(long Limit, SyncRetryBackoff Backoff);
