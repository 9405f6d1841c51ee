using System.Globalization;
using Infra.Deployment;
using Infra.Etcd.Client;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>The provider's connection, or the config mistake that prevents one.</summary>
internal sealed record EtcdProviderConfig(EtcdConnectionOptions? Connection, string? Error)
{
    public const string DefaultEndpoints = "127.0.0.1:2379";

    private static readonly string[] KnownKeys = ["endpoints", "username", "password", "tls", "caCert", "cert", "key", "timeout"];

    public EtcdConnectionOptions Require() => Connection ?? throw new ProviderException(Error!);

    public static EtcdProviderConfig Parse(ProviderContext context)
    {
        var config = context.Config;
        if (config.Keys.FirstOrDefault(k => !KnownKeys.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return Fail($"unknown config key 'etcd:{unknown}' (expected one of {string.Join(", ", KnownKeys.Select(k => "etcd:" + k))})");
        }
        var endpoints = EtcdConnectionOptions.ParseEndpoints(Text(config, "endpoints") ?? DefaultEndpoints);
        if (endpoints.Error is not null)
        {
            return Fail($"config 'etcd:endpoints': {endpoints.Error}");
        }
        var password = config.GetValueOrDefault("password");
        if (password is { IsSecret: false })
        {
            context.Log.Report("warning: config 'etcd:password' is stored in plain text; set it with `infra config set --secret etcd:password …`.");
        }
        bool tls = endpoints.UseTls;
        if (Text(config, "tls") is { } tlsText && !bool.TryParse(tlsText, out tls))
        {
            return Fail($"config 'etcd:tls' must be true or false, got '{tlsText}'");
        }
        var timeout = 10;
        if (Text(config, "timeout") is { } timeoutText && (!int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out timeout) || timeout is < 1 or > 600))
        {
            return Fail($"config 'etcd:timeout' must be a whole number of seconds from 1 to 600, got '{timeoutText}'");
        }
        var caCert = FilePath(context, "caCert");
        var cert = FilePath(context, "cert");
        var key = FilePath(context, "key");
        if ((cert is null) != (key is null))
        {
            return Fail("config 'etcd:cert' and 'etcd:key' must be set together (a client certificate and its private key)");
        }
        return new EtcdProviderConfig(
            new EtcdConnectionOptions
            {
                Endpoints = endpoints.Endpoints,
                UseTls = tls || (Text(config, "tls") is null && (caCert is not null || cert is not null)),
                CaCertificatePath = caCert,
                ClientCertificatePath = cert,
                ClientKeyPath = key,
                Username = Text(config, "username"),
                Password = password?.Value,
                CallTimeout = TimeSpan.FromSeconds(timeout),
            },
            null);
    }

    private static EtcdProviderConfig Fail(string error) => new(null, error + ".");

    private static string? Text(IReadOnlyDictionary<string, ConfigValue> config, string key) =>
        config.TryGetValue(key, out var value) && value.Value.Length > 0 ? value.Value : null;

    private static string? FilePath(ProviderContext context, string key) =>
        Text(context.Config, key) is { } path ? Path.GetFullPath(path, context.ProjectDirectory) : null;
}
