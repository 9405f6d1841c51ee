using System.Globalization;
using Infra.Engine.Diagnostics;
using Infra.Engine.Workspaces;
using Infra.Etcd.Client;

namespace Infra.Backends.Etcd;

/// <summary>
/// Parses <c>etcd://host:port[,host:port…]/prefix[?option=value&amp;…]</c> plus <c>INFRA_ETCD_*</c> environment
/// variables into <see cref="EtcdBackendSettings"/>. Options: <c>tls</c> (true/false; on by default when a TLS
/// file is given), <c>cacert</c>, <c>cert</c>, <c>key</c> (PEM paths), <c>username</c>, <c>lockTtl</c> (seconds,
/// 2–3600, default 10), <c>timeout</c> (seconds per call, 1–600, default 10). The password is never accepted in the
/// URL: it comes from <c>INFRA_ETCD_PASSWORD</c>. Environment fallbacks: <c>INFRA_ETCD_USERNAME</c>,
/// <c>INFRA_ETCD_CACERT</c>, <c>INFRA_ETCD_CERT</c>, <c>INFRA_ETCD_KEY</c>.
/// </summary>
public static class EtcdBackendUrl
{
    /// <summary>The URL scheme.</summary>
    public const string Scheme = "etcd";

    /// <summary>The prefix used when the URL has no path.</summary>
    public const string DefaultPrefix = "infra";

    private static readonly string[] KnownOptions = ["tls", "cacert", "cert", "key", "username", "lockTtl", "timeout"];

    /// <summary>Parses the URL; throws <see cref="InputException"/> naming the part at fault.</summary>
    public static EtcdBackendSettings Parse(string url, WorkspaceEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(environment);
        var shown = url.Split('?')[0];
        if (!url.StartsWith(Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException($"backend URL '{shown}' must start with {Scheme}://.");
        }
        var rest = url[(Scheme.Length + 3)..];
        var query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        if (prefix.Length == 0)
        {
            prefix = DefaultPrefix;
        }
        if (prefix.Split('/').Any(segment => segment.Length == 0))
        {
            throw new InputException($"backend URL '{shown}': the key prefix '{prefix}' has an empty segment.");
        }
        var endpoints = EtcdConnectionOptions.ParseEndpoints(authority);
        if (endpoints.Error is not null)
        {
            throw new InputException($"backend URL '{shown}': {endpoints.Error} (expected {Scheme}://host:port[,host:port]/prefix).");
        }
        var options = ParseQuery(query, shown);
        var caCert = Path(options, "cacert", environment.Get("INFRA_ETCD_CACERT"));
        var cert = Path(options, "cert", environment.Get("INFRA_ETCD_CERT"));
        var key = Path(options, "key", environment.Get("INFRA_ETCD_KEY"));
        if ((cert is null) != (key is null))
        {
            throw new InputException($"backend URL '{shown}': a client certificate needs both 'cert' and 'key' (or INFRA_ETCD_CERT and INFRA_ETCD_KEY).");
        }
        var tls = options.TryGetValue("tls", out var tlsText)
            ? bool.TryParse(tlsText, out var parsedTls) ? parsedTls : throw new InputException($"backend URL '{shown}': option 'tls' must be true or false, got '{tlsText}'.")
            : caCert is not null || cert is not null;
        var username = options.GetValueOrDefault("username") ?? environment.Get("INFRA_ETCD_USERNAME");
        var connection = new EtcdConnectionOptions
        {
            Endpoints = endpoints.Endpoints,
            UseTls = tls,
            CaCertificatePath = caCert,
            ClientCertificatePath = cert,
            ClientKeyPath = key,
            Username = string.IsNullOrEmpty(username) ? null : username,
            Password = environment.Get("INFRA_ETCD_PASSWORD"),
            CallTimeout = TimeSpan.FromSeconds(Seconds(options, "timeout", 10, 1, 600, shown)),
        };
        return new EtcdBackendSettings(connection, prefix, TimeSpan.FromSeconds(Seconds(options, "lockTtl", 10, 2, 3600, shown)));
    }

    private static Dictionary<string, string> ParseQuery(string query, string shown)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (name == "password")
            {
                throw new InputException($"backend URL '{shown}': do not put the etcd password in the URL (Pulumi.yaml is usually committed); set INFRA_ETCD_PASSWORD instead.");
            }
            if (!KnownOptions.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException($"backend URL '{shown}': unknown option '{name}' (expected one of {string.Join(", ", KnownOptions)}).");
            }
            options[name] = value;
        }
        return options;
    }

    private static string? Path(Dictionary<string, string> options, string name, string? fallback)
    {
        var value = options.GetValueOrDefault(name) ?? fallback;
        return string.IsNullOrEmpty(value) ? null : System.IO.Path.GetFullPath(value);
    }

    private static int Seconds(Dictionary<string, string> options, string name, int fallback, int min, int max, string shown)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= min && seconds <= max
            ? seconds
            : throw new InputException($"backend URL '{shown}': option '{name}' must be a whole number of seconds from {min} to {max}, got '{text}'.");
    }
}
