namespace Infra.Secrets.Vault;

/// <summary>
/// How Vault requests are retried on 429, 5xx and connection failures: up to <paramref name="MaxAttempts"/>
/// tries, waiting <paramref name="InitialDelay"/> doubled after each failure and capped at
/// <paramref name="MaxDelay"/>; a <c>Retry-After</c> header, when present, is honoured up to the cap.
/// </summary>
/// <param name="MaxAttempts">Total tries including the first (at least 1).</param>
/// <param name="InitialDelay">Wait before the second try.</param>
/// <param name="MaxDelay">Upper bound for any single wait.</param>
public sealed record VaultRetryPolicy(int MaxAttempts, TimeSpan InitialDelay, TimeSpan MaxDelay)
{
    /// <summary>Four tries, 250 ms first wait, 5 s cap.</summary>
    public static VaultRetryPolicy Default { get; } = new(4, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

    internal TimeSpan DelayBefore(int nextAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } requested)
        {
            return requested < MaxDelay ? requested : MaxDelay;
        }

        var factor = Math.Pow(2, Math.Max(0, nextAttempt - 2));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
