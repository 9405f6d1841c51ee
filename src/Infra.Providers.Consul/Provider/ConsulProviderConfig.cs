using System.Globalization;
using Infra.Deployment;
using Infra.Consul.Client;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>The provider's connection settings, or the config mistake that prevents a connection.</summary>
internal sealed record ConsulProviderConfig(ConsulClientOptions? Options, string? Error)
{
    public static readonly string[] KnownKeys = ["address", "token", "datacenter", "caCert", "maxRetries", "retryDelayMs", "timeout"];

    public ConsulClientOptions Require() => Options ?? throw new ProviderException(Error!);

    /// <summary>Parses the stack config; a resource's connection may supply the address and token instead.</summary>
    public static ConsulProviderConfig Parse(ProviderContext context, string? addressOverride = null, string? tokenOverride = null)
    {
        var config = context.Config;
        if (config.Keys.FirstOrDefault(k => !KnownKeys.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return Fail($"unknown config key 'consul:{unknown}' (expected one of {string.Join(", ", KnownKeys.Select(k => "consul:" + k))})");
        }
        if (config.TryGetValue("token", out var token) && !token.IsSecret)
        {
            context.Log.Report("warning: config 'consul:token' is stored in plain text; set it with `infra config set --secret consul:token …`.");
        }
        var addressText = addressOverride ?? Text(config, "address") ?? "http://127.0.0.1:8500";
        if (!Uri.TryCreate(addressText.TrimEnd('/') + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return Fail($"config 'consul:address' must be an http:// or https:// URL, got '{addressText}'");
        }
        if (!Whole(config, "maxRetries", 3, 0, 10, out var retries, out var error)
            || !Whole(config, "retryDelayMs", 200, 1, 60_000, out var delay, out error)
            || !Whole(config, "timeout", 30, 1, 600, out var timeout, out error))
        {
            return Fail(error!);
        }
        var caCert = Text(config, "caCert") is { } ca ? Path.GetFullPath(ca, context.ProjectDirectory) : null;
        if (caCert is not null && !File.Exists(caCert))
        {
            return Fail($"config 'consul:caCert': file '{caCert}' does not exist");
        }
        return new ConsulProviderConfig(
            new ConsulClientOptions
            {
                Address = address,
                Token = tokenOverride ?? Text(config, "token"),
                Datacenter = Text(config, "datacenter"),
                CaCertPath = caCert,
                MaxRetries = retries,
                RetryDelay = TimeSpan.FromMilliseconds(delay),
                Timeout = TimeSpan.FromSeconds(timeout),
            },
            null);
    }

    private static ConsulProviderConfig Fail(string error) => new(null, error + ".");

    private static string? Text(IReadOnlyDictionary<string, ConfigValue> config, string key) =>
        config.TryGetValue(key, out var value) && value.Value.Length > 0 ? value.Value : null;

    private static bool Whole(IReadOnlyDictionary<string, ConfigValue> config, string key, int fallback, int min, int max, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (Text(config, key) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max))
        {
            error = $"config 'consul:{key}' must be a whole number from {min} to {max}, got '{text}'";
            return false;
        }
        return true;
    }
}
