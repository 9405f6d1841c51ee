using System.Globalization;
using Infra.Deployment;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>The provider's connection settings, or the config mistake that prevents a connection.</summary>
internal sealed record VaultProviderConfig(VaultClientOptions? Options, string? Error)
{
    public static readonly string[] KnownKeys =
        ["address", "token", "namespace", "caCert", "approleRoleId", "approleSecretId", "approleMount", "maxRetries", "retryDelayMs", "timeout"];

    private static readonly string[] SecretKeys = ["token", "approleSecretId"];

    public VaultClientOptions Require() => Options ?? throw new ProviderException(Error!);

    /// <summary>Parses the stack config; a resource's connection may supply the address and token instead.</summary>
    public static VaultProviderConfig Parse(ProviderContext context, string? addressOverride = null, string? tokenOverride = null)
    {
        var config = context.Config;
        if (config.Keys.FirstOrDefault(k => !KnownKeys.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return Fail($"unknown config key 'vault:{unknown}' (expected one of {string.Join(", ", KnownKeys.Select(k => "vault:" + k))})");
        }
        foreach (var key in SecretKeys.Where(k => config.TryGetValue(k, out var value) && !value.IsSecret))
        {
            context.Log.Report($"warning: config 'vault:{key}' is stored in plain text; set it with `infra config set --secret vault:{key} …`.");
        }
        if ((addressOverride ?? Text(config, "address")) is not { } addressText)
        {
            return Fail("config 'vault:address' is required (e.g. https://vault.example.com:8200)");
        }
        if (!Uri.TryCreate(addressText.TrimEnd('/') + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return Fail($"config 'vault:address' must be an http:// or https:// URL, got '{addressText}'");
        }
        var roleId = Text(config, "approleRoleId");
        var secretId = Text(config, "approleSecretId");
        if ((roleId is null) != (secretId is null))
        {
            return Fail("config 'vault:approleRoleId' and 'vault:approleSecretId' must be set together");
        }
        if ((tokenOverride ?? Text(config, "token")) is null && roleId is null)
        {
            return Fail("set config 'vault:token' (as a secret) or 'vault:approleRoleId' with 'vault:approleSecretId' to log in");
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
            return Fail($"config 'vault:caCert': file '{caCert}' does not exist");
        }
        return new VaultProviderConfig(
            new VaultClientOptions
            {
                Address = address,
                Token = tokenOverride ?? Text(config, "token"),
                Namespace = Text(config, "namespace"),
                AppRoleRoleId = roleId,
                AppRoleSecretId = secretId,
                AppRoleMount = Text(config, "approleMount") ?? "approle",
                CaCertPath = caCert,
                MaxRetries = retries,
                RetryDelay = TimeSpan.FromMilliseconds(delay),
                Timeout = TimeSpan.FromSeconds(timeout),
            },
            null);
    }

    private static VaultProviderConfig Fail(string error) => new(null, error + ".");

    private static string? Text(IReadOnlyDictionary<string, ConfigValue> config, string key) =>
        config.TryGetValue(key, out var value) && value.Value.Length > 0 ? value.Value : null;

    private static bool Whole(IReadOnlyDictionary<string, ConfigValue> config, string key, int fallback, int min, int max, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (Text(config, key) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max))
        {
            error = $"config 'vault:{key}' must be a whole number from {min} to {max}, got '{text}'";
            return false;
        }
        return true;
    }
}
