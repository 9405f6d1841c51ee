using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Secrets.Vault;

/// <summary>Sends JSON requests to Vault with authentication, namespace, retries and error-body parsing.</summary>
internal sealed class VaultHttpClient
{
    private readonly HttpClient _http;
    private readonly VaultSettings _settings;
    private readonly VaultRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private volatile string? _token;

    internal VaultHttpClient(HttpClient http, VaultSettings settings, VaultRetryPolicy retry, TimeProvider time)
    {
        _http = http;
        _settings = settings;
        _retry = retry;
        _time = time;
        _token = settings.Auth is VaultTokenAuth tokenAuth ? tokenAuth.Token : null;
    }

    /// <summary>POSTs <paramref name="body"/> to <c>/v1/{path}</c> as the authenticated client and returns the 2xx answer.</summary>
    internal async Task<VaultResponse> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(forceLogin: false, cancellationToken).ConfigureAwait(false);
        var response = await SendWithRetriesAsync(path, body, token, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Forbidden && _settings.Auth is VaultAppRoleAuth)
        {
            // An AppRole token may have expired since login; log in again once before giving up.
            token = await GetTokenAsync(forceLogin: true, cancellationToken).ConfigureAwait(false);
            response = await SendWithRetriesAsync(path, body, token, cancellationToken).ConfigureAwait(false);
        }

        if (response.IsSuccess)
        {
            return response;
        }

        var code = response.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
            ? SecretsErrorCode.AuthenticationFailed
            : SecretsErrorCode.RequestFailed;
        throw new SecretsException(new SecretsError(code, $"vault POST /v1/{path} failed: {response.Describe()}"));
    }

    private async Task<string> GetTokenAsync(bool forceLogin, CancellationToken cancellationToken)
    {
        if (_settings.Auth is not VaultAppRoleAuth appRole)
        {
            return _token!;
        }

        var seen = _token;
        if (seen is not null && !forceLogin)
        {
            return seen;
        }

        await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is not null && _token != seen)
            {
                return _token;
            }

            var path = $"auth/{appRole.MountPath.Trim('/')}/login";
            var body = new JsonObject { ["role_id"] = appRole.RoleId, ["secret_id"] = appRole.SecretId };
            var response = await SendWithRetriesAsync(path, body, token: null, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                throw new SecretsException(new SecretsError(
                    SecretsErrorCode.AuthenticationFailed, $"vault AppRole login at /v1/{path} failed: {response.Describe()}"));
            }

            var token = response.Body?["auth"]?["client_token"]?.GetValue<string>();
            if (string.IsNullOrEmpty(token))
            {
                throw new SecretsException(new SecretsError(
                    SecretsErrorCode.AuthenticationFailed, $"vault AppRole login at /v1/{path} returned no auth.client_token"));
            }

            _token = token;
            return token;
        }
        finally
        {
            _loginLock.Release();
        }
    }

    private async Task<VaultResponse> SendWithRetriesAsync(string path, JsonObject body, string? token, CancellationToken cancellationToken)
    {
        var uri = new Uri(_settings.Address, "v1/" + path.TrimStart('/'));
        var payload = body.ToJsonString();
        string lastFailure = "no attempt made";
        for (var attempt = 1; attempt <= Math.Max(1, _retry.MaxAttempts); attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri)
                {
                    Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
                };
                if (token is not null)
                {
                    request.Headers.Add("X-Vault-Token", token);
                }

                if (_settings.Namespace is { Length: > 0 } ns)
                {
                    request.Headers.Add("X-Vault-Namespace", ns);
                }

                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var parsed = await VaultResponse.ReadAsync(response, cancellationToken).ConfigureAwait(false);
                if (!parsed.IsRetryable)
                {
                    return parsed;
                }

                lastFailure = parsed.Describe();
                retryAfter = parsed.RetryAfter;
            }
            catch (HttpRequestException ex)
            {
                lastFailure = ex.Message;
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                lastFailure = $"timed out ({ex.Message})";
            }

            if (attempt < _retry.MaxAttempts)
            {
                await Task.Delay(_retry.DelayBefore(attempt + 1, retryAfter), _time, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new SecretsException(new SecretsError(
            SecretsErrorCode.ServiceUnavailable,
            $"vault POST /v1/{path} failed after {_retry.MaxAttempts} attempts; last: {lastFailure}"));
    }
}
