using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Secrets.Tests.Vault;

/// <summary>
/// An in-process stand-in for Vault on 127.0.0.1 that answers the documented request and response shapes
/// of Transit encrypt/decrypt (single and <c>batch_input</c>) and AppRole login, with <c>{"errors":[...]}</c>
/// bodies, <c>X-Vault-Token</c> checks and an optional required <c>X-Vault-Namespace</c>. Ciphertexts are
/// random handles into a table, so they never contain the plaintext.
/// </summary>
internal sealed class FakeVaultServer : IAsyncDisposable
{
    internal const string RootToken = "hvs.fake-root-token";
    internal const string RoleId = "role-1234";
    internal const string SecretId = "secret-5678";
    internal const string Mount = "transit";
    internal const string KeyName = "infra";

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, string> _ciphertexts = new();
    private readonly ConcurrentDictionary<string, bool> _tokens = new() { [RootToken] = true };

    private FakeVaultServer(HttpListener listener, Uri address, string? requiredNamespace)
    {
        _listener = listener;
        Address = address;
        RequiredNamespace = requiredNamespace;
        _loop = Task.Run(AcceptLoopAsync);
    }

    internal Uri Address { get; }

    internal string? RequiredNamespace { get; }

    /// <summary>Status codes answered (with a Vault error body) before normal handling, one per request.</summary>
    internal ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> InjectedFailures { get; } = new();

    internal ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    internal int LoginCount => Requests.Count(r => r.Path.EndsWith("/login", StringComparison.Ordinal) && r.Status == 200);

    internal static FakeVaultServer Start(string? requiredNamespace = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeVaultServer(listener, new Uri($"http://127.0.0.1:{port}/"), requiredNamespace);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Invalidates every token, as when a token's TTL runs out.</summary>
    internal void RevokeAllTokens() => _tokens.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The listener was closed under the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var bodyText = reader.ReadToEnd();
        var path = request.Url!.AbsolutePath;
        var token = request.Headers["X-Vault-Token"];
        var ns = request.Headers["X-Vault-Namespace"];

        var (status, body, retryAfter) = Route(request.HttpMethod, path, token, ns, bodyText);
        Requests.Enqueue(new RecordedRequest(request.HttpMethod, path, token, ns, bodyText, (int)status));

        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        if (retryAfter is not null)
        {
            context.Response.AddHeader("Retry-After", retryAfter);
        }

        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private (HttpStatusCode Status, JsonNode Body, string? RetryAfter) Route(string method, string path, string? token, string? ns, string bodyText)
    {
        if (InjectedFailures.TryDequeue(out var failure))
        {
            var text = failure.Status == HttpStatusCode.TooManyRequests ? "request path \"" + path + "\": rate limit quota exceeded" : "local node not active but active cluster node not found";
            return (failure.Status, Errors(text), failure.RetryAfter);
        }

        if (method != "POST")
        {
            return (HttpStatusCode.MethodNotAllowed, Errors("unsupported operation"), null);
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(bodyText);
        }
        catch (System.Text.Json.JsonException)
        {
            return (HttpStatusCode.BadRequest, Errors("failed to parse JSON input: invalid character"), null);
        }

        if (path == "/v1/auth/approle/login")
        {
            return Login(body);
        }

        if (token is null || !_tokens.ContainsKey(token))
        {
            return (HttpStatusCode.Forbidden, Errors("permission denied"), null);
        }

        var prefix = "/v1/" + Mount + "/";
        if (RequiredNamespace != ns || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            var route = ns is null ? path[4..] : ns + "/" + path[4..];
            return (HttpStatusCode.NotFound, Errors($"no handler for route \"{route}\". route entry not found."), null);
        }

        var operation = path[prefix.Length..].Split('/');
        if (operation.Length != 2 || operation[1] != KeyName)
        {
            return (HttpStatusCode.BadRequest, Errors("encryption key not found"), null);
        }

        return operation[0] switch
        {
            "encrypt" => Transit(body, "plaintext", EncryptOne),
            "decrypt" => Transit(body, "ciphertext", DecryptOne),
            _ => (HttpStatusCode.NotFound, Errors("unsupported path"), null),
        };
    }

    private (HttpStatusCode, JsonNode, string?) Login(JsonNode? body)
    {
        if (body?["role_id"]?.ToString() != RoleId || body?["secret_id"]?.ToString() != SecretId)
        {
            return (HttpStatusCode.BadRequest, Errors("invalid role or secret ID"), null);
        }

        var token = "hvs." + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        _tokens[token] = true;
        var auth = new JsonObject
        {
            ["client_token"] = token,
            ["accessor"] = "accessor-" + token[4..10],
            ["policies"] = new JsonArray("default", "infra-transit"),
            ["lease_duration"] = 3600,
            ["renewable"] = true,
        };
        return (HttpStatusCode.OK, Envelope(null, auth), null);
    }

    private static (HttpStatusCode, JsonNode, string?) Transit(JsonNode? body, string field, Func<string?, (string? Value, string? Error)> one)
    {
        if (body?["batch_input"] is JsonArray batch)
        {
            var results = new JsonArray();
            var anyError = false;
            foreach (var item in batch)
            {
                var (value, error) = one(item?[field]?.ToString());
                anyError |= error is not null;
                results.Add(error is null ? Result(field, value!) : new JsonObject { ["error"] = error });
            }

            return (anyError ? HttpStatusCode.BadRequest : HttpStatusCode.OK, Envelope(new JsonObject { ["batch_results"] = results }, null), null);
        }

        var (single, singleError) = one(body?[field]?.ToString());
        return singleError is null
            ? (HttpStatusCode.OK, Envelope(Result(field, single!), null), null)
            : (HttpStatusCode.BadRequest, Errors(singleError), null);
    }

    private static JsonObject Result(string inputField, string value) => inputField == "plaintext"
        ? new JsonObject { ["ciphertext"] = value, ["key_version"] = 1 }
        : new JsonObject { ["plaintext"] = value };

    private (string?, string?) EncryptOne(string? plaintext)
    {
        if (plaintext is null)
        {
            return (null, "missing plaintext to encrypt");
        }

        try
        {
            _ = Convert.FromBase64String(plaintext);
        }
        catch (FormatException)
        {
            return (null, "failed to base64-decode plaintext");
        }

        var ciphertext = "vault:v1:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(28));
        _ciphertexts[ciphertext] = plaintext;
        return (ciphertext, null);
    }

    private (string?, string?) DecryptOne(string? ciphertext)
    {
        if (ciphertext is null || !ciphertext.StartsWith("vault:", StringComparison.Ordinal))
        {
            return (null, "invalid ciphertext: no prefix");
        }

        return _ciphertexts.TryGetValue(ciphertext, out var plaintext)
            ? (plaintext, null)
            : (null, "cipher: message authentication failed");
    }

    private static JsonObject Errors(string message) => new() { ["errors"] = new JsonArray(message) };

    private static JsonObject Envelope(JsonObject? data, JsonObject? auth) => new()
    {
        ["request_id"] = Guid.NewGuid().ToString(),
        ["lease_id"] = "",
        ["renewable"] = false,
        ["lease_duration"] = 0,
        ["data"] = data,
        ["wrap_info"] = null,
        ["warnings"] = null,
        ["auth"] = auth,
    };
}
