using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>One request as a fake API sees it.</summary>
internal sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => Body.Length == 0 ? [] : JsonNode.Parse(Body) as JsonObject ?? [];
}

/// <summary>One answer: a status and a body (JSON or text).</summary>
internal sealed record FakeResponse(int Status, string Body, string ContentType = "application/json")
{
    public static FakeResponse Json(int status, JsonNode? body) => new(status, body?.ToJsonString() ?? "");

    public static FakeResponse NoContent { get; } = new(204, "");
}

/// <summary>
/// An HTTP server on 127.0.0.1 at a free port for API fakes. It logs every request, and answers the next queued
/// faults (e.g. 503, 429) before handing requests to the fake, so tests can check retries.
/// </summary>
internal sealed class FakeHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<FakeRequest, FakeResponse> _handle;
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly ConcurrentDictionary<(string Method, string PathSuffix), (int Status, bool AfterActing)> _failOnce = new();
    private readonly ConcurrentQueue<FakeRequest> _log = new();
    private readonly Lock _lock = new();
    private readonly Task _loop;

    public FakeHttpServer(Func<FakeRequest, FakeResponse> handle)
    {
        _handle = handle;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                _listener.Start();
                Address = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
        _loop = Task.Run(ServeAsync);
    }

    public string Address { get; } = "";

    public IReadOnlyList<FakeRequest> Requests => [.. _log];

    /// <summary>The next <paramref name="count"/> requests get <paramref name="status"/> with an error body.</summary>
    public void FailNext(int status, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(status);
        }
    }

    /// <summary>
    /// The next <paramref name="method"/> request whose path ends with <paramref name="pathSuffix"/> is answered
    /// <paramref name="status"/>; with <paramref name="afterActing"/> the fake carries it out first (the server acted,
    /// but its answer was lost).
    /// </summary>
    public void FailOnce(string method, string pathSuffix, int status, bool afterActing) => _failOnce[(method, pathSuffix)] = (status, afterActing);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var url = context.Request.Url!;
        var query = context.Request.QueryString.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.QueryString[k] ?? "", StringComparer.Ordinal);
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        var request = new FakeRequest(context.Request.HttpMethod, Uri.UnescapeDataString(url.AbsolutePath), query, headers, body);
        _log.Enqueue(request);
        FakeResponse response;
        var once = _failOnce.Keys.FirstOrDefault(k => k.Method == request.Method && request.Path.EndsWith(k.PathSuffix, StringComparison.Ordinal));
        var injected = once.Method is not null && _failOnce.TryRemove(once, out var failure) ? failure : ((int Status, bool AfterActing)?)null;
        if (_faults.TryDequeue(out var fault))
        {
            response = FakeResponse.Json(fault, new JsonObject { ["errors"] = new JsonArray("injected fault") });
        }
        else if (injected is { AfterActing: false } before)
        {
            response = FakeResponse.Json(before.Status, new JsonObject { ["errors"] = new JsonArray("injected fault") });
        }
        else
        {
            lock (_lock)
            {
                response = _handle(request);
            }
            if (injected is { AfterActing: true } after)
            {
                response = FakeResponse.Json(after.Status, new JsonObject { ["errors"] = new JsonArray("injected fault after acting") });
            }
        }
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
