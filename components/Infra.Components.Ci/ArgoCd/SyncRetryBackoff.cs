namespace Infra.Components.Ci.ArgoCd;

/// <summary>Backoff between sync retries.</summary>
/// <param name="Duration">The first wait, e.g. <c>5s</c>.</param>
/// <param name="Factor">The multiplier.</param>
/// <param name="MaxDuration">The longest wait, e.g. <c>3m</c>.</param>
public sealed record SyncRetryBackoff(string Duration, long Factor, string MaxDuration);
