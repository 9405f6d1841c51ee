using System.Globalization;

namespace Infra.Etcd.Client;

/// <summary>How to reach an etcd cluster: endpoints, TLS files, credentials and the per-call deadline.</summary>
public sealed record EtcdConnectionOptions
{
    /// <summary>The cluster members as <c>host:port</c>; the client spreads calls over them and skips dead ones.</summary>
    public required IReadOnlyList<string> Endpoints { get; init; }

    /// <summary>Connect with TLS (https).</summary>
    public bool UseTls { get; init; }

    /// <summary>A PEM file of CA certificates that must sign the server's certificate (TLS); null: the system's trust store.</summary>
    public string? CaCertificatePath { get; init; }

    /// <summary>A PEM client certificate for mutual TLS; needs <see cref="ClientKeyPath"/>.</summary>
    public string? ClientCertificatePath { get; init; }

    /// <summary>The PEM private key of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientKeyPath { get; init; }

    /// <summary>The etcd user to authenticate as, when etcd authentication is on.</summary>
    public string? Username { get; init; }

    /// <summary>The user's password (never shown in messages).</summary>
    public string? Password { get; init; }

    /// <summary>How long one call may take before it fails (default 10 s).</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The endpoints joined by commas, for messages.</summary>
    public string EndpointList => string.Join(",", Endpoints);

    /// <summary>Describes the connection without its password.</summary>
    public override string ToString() =>
        $"{(UseTls ? "https" : "http")}://{EndpointList}{(Username is null ? "" : $" as {Username}")}";

    /// <summary>
    /// Parses a comma-separated endpoint list (<c>host:port</c>, optionally with an <c>http://</c> or
    /// <c>https://</c> scheme). Returns the endpoints without schemes, whether any endpoint asked for TLS, or an error.
    /// </summary>
    public static EndpointListParse ParseEndpoints(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var endpoints = new List<string>();
        bool? tls = null;
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var item = raw;
            bool? itemTls = null;
            if (item.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                itemTls = true;
                item = item["https://".Length..];
            }
            else if (item.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                itemTls = false;
                item = item["http://".Length..];
            }
            item = item.TrimEnd('/');
            var colon = item.LastIndexOf(':');
            if (item.Length == 0 || colon <= 0 || colon == item.Length - 1)
            {
                return EndpointListParse.Failure($"endpoint '{raw}' must be host:port");
            }
            if (!int.TryParse(item[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                return EndpointListParse.Failure($"endpoint '{raw}' has port '{item[(colon + 1)..]}', expected a number from 1 to 65535");
            }
            if (itemTls is not null && tls is not null && itemTls != tls)
            {
                return EndpointListParse.Failure("endpoints mix http:// and https://; use one scheme for all");
            }
            tls ??= itemTls;
            endpoints.Add(item);
        }
        return new EndpointListParse(endpoints, tls ?? false, null);
    }
}
