using System.Net;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>http.send</c> and <c>net.lookup_ip_addr</c>; both fail with a clear error unless network access is allowed.</summary>
internal static class Http
{
    public static void Register(BuiltinTable t)
    {
        t.Add("http.send", 1, (ctx, a) =>
        {
            if (!ctx.AllowNetwork) throw Disabled("http.send");
            var req = Args.Obj(a, 0);
            string S(string k) => req.Get(k) is StringValue s ? s.Value : "";
            var url = S("url");
            if (url.Length == 0) throw BuiltinException.Error("http.send: missing required request parameter 'url'");
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(req.Get("timeout") is StringValue ts ? TimeBuiltins.ParseGoDuration(ts.Value) / 1e9 : 5) };
            using var message = new HttpRequestMessage(new HttpMethod(S("method").Length > 0 ? S("method").ToUpperInvariant() : "GET"), url);
            if (req.Get("headers") is ObjectValue headers)
            {
                foreach (var kv in headers.Entries)
                {
                    if (kv.Key is StringValue hk && kv.Value is StringValue hv) message.Headers.TryAddWithoutValidation(hk.Value, hv.Value);
                }
            }
            if (req.Get("raw_body") is StringValue raw) message.Content = new StringContent(raw.Value, Encoding.UTF8);
            else if (req.Get("body") is { } body) message.Content = new StringContent(ValueFormatter.ToJson(body, html: false), Encoding.UTF8, "application/json");
            try
            {
                using var response = client.Send(message, ctx.CancellationToken);
                var text = new StreamReader(response.Content.ReadAsStream(ctx.CancellationToken)).ReadToEnd();
                var respHeaders = response.Headers.Concat(response.Content.Headers)
                    .ToDictionary(h => (Value)new StringValue(h.Key.ToLowerInvariant()), h => (Value)Args.Strings(h.Value));
                return new ObjectValue(new Dictionary<Value, Value>
                {
                    [new StringValue("status")] = new StringValue($"{(int)response.StatusCode} {response.ReasonPhrase}"),
                    [new StringValue("status_code")] = NumberValue.Of((int)response.StatusCode),
                    [new StringValue("raw_body")] = new StringValue(text),
                    [new StringValue("body")] = JsonConvert.TryParse(text) ?? NullValue.Instance,
                    [new StringValue("headers")] = new ObjectValue(respHeaders),
                });
            }
            catch (HttpRequestException ex)
            {
                throw BuiltinException.Error($"{message.Method} {url}: {ex.Message}");
            }
            catch (TaskCanceledException)
            {
                throw BuiltinException.Error($"{message.Method} {url}: request timed out");
            }
        });
        t.Add("net.lookup_ip_addr", 1, (ctx, a) =>
        {
            if (!ctx.AllowNetwork) throw Disabled("net.lookup_ip_addr");
            var name = Args.Str(a, 0);
            try
            {
                return SetValue.Of(Dns.GetHostAddresses(name).Select(ip => (Value)new StringValue(ip.ToString())));
            }
            catch (System.Net.Sockets.SocketException ex)
            {
                throw BuiltinException.Error($"lookup {name}: {ex.Message}");
            }
        });
    }

    private static BuiltinException Disabled(string name)
        => BuiltinException.Error($"network access is disabled: {name} is not allowed (enable it with RegoOptions.AllowNetwork)");
}
