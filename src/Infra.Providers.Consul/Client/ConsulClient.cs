using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Providers.Http;

namespace Infra.Consul.Client;

/// <summary>
/// A thin client for Consul's HTTP API (<c>/v1/…</c>): sends <c>X-Consul-Token</c> and <c>dc</c>, retries 429 and 5xx
/// answers and transport failures, and turns error answers into <see cref="ConsulApiException"/> with Consul's text.
/// </summary>
internal sealed class ConsulClient(HttpClient http, ConsulClientOptions options) : IDisposable
{
    private readonly RetryingSender _sender = new(http, options.MaxRetries, options.RetryDelay);

    public ConsulClientOptions Options => options;

    /// <summary>GET; null when the object does not exist (404, or 403 "ACL not found" for ACL objects).</summary>
    public async Task<JsonNode?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var text = await SendAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (ConsulApiException e) when (e.IsMissing)
        {
            return null;
        }
    }

    /// <summary>PUT with a JSON body; the parsed answer (an object, or <c>true</c>/<c>false</c>).</summary>
    public async Task<JsonNode?> PutJsonAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        var text = await SendAsync(HttpMethod.Put, path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken).ConfigureAwait(false);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>POST with a JSON body (creates that answer with an ID, e.g. <c>/v1/query</c>); the parsed answer.</summary>
    public async Task<JsonNode?> PostJsonAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        var text = await SendAsync(HttpMethod.Post, path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken).ConfigureAwait(false);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>PUT with raw bytes (KV values); Consul answers <c>true</c> or <c>false</c>.</summary>
    public async Task<bool> PutRawAsync(string path, string value, CancellationToken cancellationToken)
    {
        var text = await SendAsync(HttpMethod.Put, path, new ByteArrayContent(Encoding.UTF8.GetBytes(value)), cancellationToken).ConfigureAwait(false);
        return text.Trim() == "true";
    }

    /// <summary>DELETE; an object that is already gone counts as deleted.</summary>
    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(HttpMethod.Delete, path, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ConsulApiException e) when (e.IsMissing)
        {
        }
    }

    public void Dispose() => _sender.Dispose();

    private async Task<string> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var payload = content is null ? null : await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var mediaType = content?.Headers.ContentType;
        content?.Dispose();
        var url = new Uri(options.Address, "v1/" + path + (options.Datacenter is null ? "" : (path.Contains('?') ? "&" : "?") + "dc=" + Uri.EscapeDataString(options.Datacenter)));
        HttpAnswer answer;
        try
        {
            // POST creates a new object per call (e.g. /v1/query): a retry after the server may have acted would create two.
            answer = await _sender.SendAsync(() =>
            {
                var request = new HttpRequestMessage(method, url);
                if (options.Token is not null)
                {
                    request.Headers.Add("X-Consul-Token", options.Token);
                }
                if (payload is not null)
                {
                    request.Content = new ByteArrayContent(payload);
                    request.Content.Headers.ContentType = mediaType;
                }
                return request;
            }, idempotent: method != HttpMethod.Post, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ConsulApiException(method.Method, path, HttpStatusCode.ServiceUnavailable, $"cannot reach Consul at {options.Address}: {e.Message}");
        }
        if (!answer.IsSuccess)
        {
            var message = answer.Body.Trim();
            throw new ConsulApiException(method.Method, path, answer.Status, message.Length > 300 ? message[..300] : message);
        }
        return answer.Body;
    }
}
