using System.Net;
using k8s.Exceptions;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>Sends requests to the API server, adding credentials per request, and never throws for HTTP failures.</summary>
internal sealed class KubernetesHttp : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri baseUri;
    private readonly Func<HttpRequestMessage, CancellationToken, Task> authorize;
    private readonly IDisposable? owner;

    /// <param name="http">Client configured for TLS to the server.</param>
    /// <param name="baseUri">Server URL, e.g. <c>https://10.0.0.1:6443/</c>.</param>
    /// <param name="authorize">Adds credentials to each request.</param>
    /// <param name="owner">Disposed with this instance (the client or the object owning it).</param>
    public KubernetesHttp(HttpClient http, Uri baseUri, Func<HttpRequestMessage, CancellationToken, Task> authorize, IDisposable? owner)
    {
        this.http = http;
        this.baseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        this.authorize = authorize;
        this.owner = owner;
    }

    /// <summary>Sends one request; a transport failure comes back as status 0 with the exception message as body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpMethod method, string pathAndQuery, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, pathAndQuery.TrimStart('/')));
        request.Content = content;
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            await authorize(request, cancellationToken).ConfigureAwait(false);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return (response.StatusCode, body);
        }
        catch (HttpRequestException e)
        {
            return (0, $"cannot reach the Kubernetes API server at {baseUri}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, $"the Kubernetes API server at {baseUri} did not answer within {http.Timeout}");
        }
        catch (KubeConfigException e)
        {
            return (0, $"cannot obtain credentials for {baseUri}: {e.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (owner is null)
        {
            http.Dispose();
        }
        else
        {
            owner.Dispose();
        }
    }
}
