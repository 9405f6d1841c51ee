namespace Infra.Secrets.Vault;

/// <summary>
/// Parses a <c>vault://</c> secrets-provider URL into <see cref="VaultSettings"/>:
/// <c>vault://HOST[:PORT]/[MOUNT/...]/KEY[?namespace=NS&amp;tls=false&amp;approle_mount=PATH]</c>.
/// An empty host takes the address from <c>VAULT_ADDR</c>; a single path segment means mount <c>transit</c>;
/// <c>tls=false</c> selects plain HTTP (development servers only). The namespace defaults to
/// <c>VAULT_NAMESPACE</c>. Credentials: <c>VAULT_TOKEN</c>, otherwise AppRole from
/// <c>VAULT_ROLE_ID</c> and <c>VAULT_SECRET_ID</c>.
/// </summary>
public static class VaultUrl
{
    /// <summary>The URL scheme.</summary>
    public const string Scheme = "vault";

    private const string DefaultMount = "transit";

    /// <summary>Parses <paramref name="url"/>, reading addresses and credentials through <paramref name="getVariable"/>.</summary>
    /// <param name="url">The secrets-provider URL.</param>
    /// <param name="getVariable">Returns an environment variable's value, or null when unset.</param>
    public static SecretsResult<VaultSettings> Parse(string url, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(getVariable);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Scheme)
        {
            return Invalid($"'{url}' is not a vault:// URL (expected vault://HOST[:PORT]/MOUNT/KEY)");
        }

        var query = ParseQuery(uri.Query);
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length == 0)
        {
            return Invalid($"'{url}' names no Transit key (expected vault://HOST[:PORT]/MOUNT/KEY)");
        }

        var keyName = segments[^1];
        var mount = segments.Length == 1 ? DefaultMount : string.Join('/', segments[..^1]);

        var address = ResolveAddress(uri, query, getVariable);
        if (!address.IsSuccess)
        {
            return SecretsResult<VaultSettings>.Failure(address.Error);
        }

        var auth = ResolveAuth(query, getVariable);
        if (!auth.IsSuccess)
        {
            return SecretsResult<VaultSettings>.Failure(auth.Error);
        }

        var ns = query.GetValueOrDefault("namespace") ?? NonEmpty(getVariable("VAULT_NAMESPACE"));
        return SecretsResult<VaultSettings>.Success(new VaultSettings(address.Value, mount, keyName, ns, auth.Value));
    }

    private static SecretsResult<Uri> ResolveAddress(Uri uri, Dictionary<string, string> query, Func<string, string?> getVariable)
    {
        if (uri.Host.Length > 0)
        {
            var useTls = !string.Equals(query.GetValueOrDefault("tls"), "false", StringComparison.OrdinalIgnoreCase);
            var builder = new UriBuilder(useTls ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, uri.Host, uri.IsDefaultPort ? 8200 : uri.Port);
            return SecretsResult<Uri>.Success(builder.Uri);
        }

        var fromEnvironment = NonEmpty(getVariable("VAULT_ADDR"));
        if (fromEnvironment is null)
        {
            return SecretsResult<Uri>.Failure(
                SecretsErrorCode.InvalidProviderSettings, "the vault:// URL has no host and VAULT_ADDR is not set");
        }

        if (!Uri.TryCreate(fromEnvironment, UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            return SecretsResult<Uri>.Failure(
                SecretsErrorCode.InvalidProviderSettings, $"VAULT_ADDR '{fromEnvironment}' is not an http(s) URL");
        }

        return SecretsResult<Uri>.Success(address);
    }

    private static SecretsResult<VaultAuth> ResolveAuth(Dictionary<string, string> query, Func<string, string?> getVariable)
    {
        if (NonEmpty(getVariable("VAULT_TOKEN")) is { } token)
        {
            return SecretsResult<VaultAuth>.Success(new VaultTokenAuth(token));
        }

        var roleId = NonEmpty(getVariable("VAULT_ROLE_ID"));
        var secretId = NonEmpty(getVariable("VAULT_SECRET_ID"));
        if (roleId is not null && secretId is not null)
        {
            var mountPath = query.GetValueOrDefault("approle_mount") ?? "approle";
            return SecretsResult<VaultAuth>.Success(new VaultAppRoleAuth(roleId, secretId, mountPath));
        }

        return SecretsResult<VaultAuth>.Failure(
            SecretsErrorCode.InvalidProviderSettings,
            "no Vault credentials: set VAULT_TOKEN, or VAULT_ROLE_ID and VAULT_SECRET_ID for AppRole");
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]);
            var value = separator < 0 ? string.Empty : Uri.UnescapeDataString(pair[(separator + 1)..]);
            result[name] = value;
        }

        return result;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static SecretsResult<VaultSettings> Invalid(string message) =>
        SecretsResult<VaultSettings>.Failure(SecretsErrorCode.InvalidProviderSettings, message);
}
