namespace Infra.Providers.Http;

/// <summary>
/// Sends API requests and retries what is worth retrying: transport failures and 429/5xx answers, with exponential
/// back-off from <c>firstDelay</c>, at most <c>maxRetries</c> times. The last transport failure is rethrown; any other
/// answer (including the last 429/5xx) is returned for the caller to turn into its API's error. A request that is not
/// idempotent (each call creates something new) is retried only when the server cannot have acted on it: the
/// connection was never made, or the server answered 429 (refused before doing anything).
/// </summary>
internal sealed class RetryingSender(HttpClient http, int maxRetries, TimeSpan firstDelay) : IDisposable
{
    /// <summary>Sends a fresh request from <paramref name="build"/> per attempt and reads the final answer's body.</summary>
    public async Task<HttpAnswer> SendAsync(Func<HttpRequestMessage> build, bool idempotent, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = build();
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (attempt < maxRetries && (idempotent || NeverSent(e)))
            {
                await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }
            using (response)
            {
                var status = (int)response.StatusCode;
                if ((status == 429 || (status >= 500 && idempotent)) && attempt < maxRetries)
                {
                    await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                return new HttpAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            }
        }
    }

    public void Dispose() => http.Dispose();

    private static bool NeverSent(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    private Task DelayAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(firstDelay * Math.Pow(2, attempt), cancellationToken);
}
