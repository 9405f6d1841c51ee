using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Providers.Http;

namespace Infra.Vault.Client;

/// <summary>
/// A thin client for Vault's HTTP API (<c>/v1/…</c>): sends <c>X-Vault-Token</c> and <c>X-Vault-Namespace</c>,
/// logs in with AppRole when no token is configured, retries 429 and 5xx answers and transport failures, and turns
/// error answers into <see cref="VaultApiException"/> carrying Vault's <c>errors</c> array.
/// </summary>
internal sealed class VaultClient(HttpClient http, VaultClientOptions options) : IDisposable
{
    private readonly RetryingSender _sender = new(http, options.MaxRetries, options.RetryDelay);
    private readonly SemaphoreSlim _login = new(1, 1);
    private string? _token = options.Token;

    public VaultClientOptions Options => options;

    /// <summary>GET; null when Vault answers 404.</summary>
    public Task<JsonObject?> ReadAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, notFoundIsNull: true, cancellationToken);

    /// <summary>POST (Vault's create/update verb); the answer body, or null when it has none.</summary>
    public Task<JsonObject?> WriteAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, notFoundIsNull: false, cancellationToken);

    /// <summary>
    /// POST to an endpoint that creates something new on every call (a key pair, a certificate, a secret ID, a key
    /// version): retried only when Vault cannot have acted on it, so a lost answer never creates it twice.
    /// </summary>
    public Task<JsonObject?> GenerateAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, notFoundIsNull: false, cancellationToken, idempotent: false);

    /// <summary>POST for calls that look something up (e.g. an accessor); null when Vault answers 404.</summary>
    public Task<JsonObject?> LookupAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, notFoundIsNull: true, cancellationToken);

    /// <summary>DELETE; a 404 counts as already deleted.</summary>
    public Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, path, null, notFoundIsNull: true, cancellationToken);

    public void Dispose()
    {
        _sender.Dispose();
        _login.Dispose();
    }

    private async Task<JsonObject?> SendAsync(HttpMethod method, string path, JsonObject? body, bool notFoundIsNull, CancellationToken cancellationToken, bool idempotent = true)
    {
        var token = await TokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendRawAsync(method, path, body, token, notFoundIsNull, cancellationToken, idempotent).ConfigureAwait(false);
    }

    private async Task<JsonObject?> SendRawAsync(HttpMethod method, string path, JsonObject? body, string? token, bool notFoundIsNull, CancellationToken cancellationToken, bool idempotent = true)
    {
        var text = body?.ToJsonString();
        HttpAnswer answer;
        try
        {
            answer = await _sender.SendAsync(() => Request(method, path, text, token), idempotent, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new VaultApiException(method.Method, path, HttpStatusCode.ServiceUnavailable, [$"cannot reach Vault at {options.Address}: {e.Message}"]);
        }
        if (answer.Status == HttpStatusCode.NotFound && notFoundIsNull)
        {
            return null;
        }
        if (!answer.IsSuccess)
        {
            throw new VaultApiException(method.Method, path, answer.Status, ErrorMessages(answer.Body));
        }
        return answer.Body.Length == 0 ? null : JsonNode.Parse(answer.Body) as JsonObject;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? text, string? token)
    {
        var request = new HttpRequestMessage(method, new Uri(options.Address, "v1/" + path));
        if (token is not null)
        {
            request.Headers.Add("X-Vault-Token", token);
        }
        if (options.Namespace is not null)
        {
            request.Headers.Add("X-Vault-Namespace", options.Namespace);
        }
        if (text is not null)
        {
            request.Content = new StringContent(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }
        return request;
    }

    private async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null || options.AppRoleRoleId is null)
        {
            return _token;
        }
        await _login.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is null)
            {
                var body = new JsonObject { ["role_id"] = options.AppRoleRoleId, ["secret_id"] = options.AppRoleSecretId };
                var answer = await SendRawAsync(HttpMethod.Post, $"auth/{options.AppRoleMount}/login", body, null, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
                _token = answer?["auth"]?["client_token"]?.GetValue<string>()
                    ?? throw new VaultApiException("POST", $"auth/{options.AppRoleMount}/login", HttpStatusCode.OK, ["the AppRole login answer has no auth.client_token"]);
            }
            return _token;
        }
        finally
        {
            _login.Release();
        }
    }

    private static List<string> ErrorMessages(string content)
    {
        try
        {
            if (JsonNode.Parse(content)?["errors"] is JsonArray errors)
            {
                return errors.Select(e => e?.ToString() ?? "").Where(e => e.Length > 0).ToList();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page): the text itself is the best message there is.
        }
        return content.Length == 0 ? [] : [content.Length > 300 ? content[..300] : content];
    }
}
