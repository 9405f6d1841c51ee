using Infra.Deployment;
using Infra.Vault.Provider;

namespace Infra.Providers.Vault.Tests;

public sealed class ProviderConfigTests
{
    public static TheoryData<string[], string> BadConfigs => new()
    {
        { [], "config 'vault:address' is required (e.g. https://vault.example.com:8200)." },
        { ["address=ftp://vault"], "config 'vault:address' must be an http:// or https:// URL, got 'ftp://vault'." },
        { ["address=http://127.0.0.1:8200"], "set config 'vault:token' (as a secret) or 'vault:approleRoleId' with 'vault:approleSecretId' to log in." },
        { ["address=http://127.0.0.1:8200", "approleRoleId=r"], "config 'vault:approleRoleId' and 'vault:approleSecretId' must be set together." },
        { ["address=http://127.0.0.1:8200", "token=t", "maxRetries=99"], "config 'vault:maxRetries' must be a whole number from 0 to 10, got '99'." },
        { ["address=http://127.0.0.1:8200", "token=t", "caCert=missing.pem"], "config 'vault:caCert': file '/project/missing.pem' does not exist." },
        { ["address=http://127.0.0.1:8200", "token=t", "tokn=x"], "unknown config key 'vault:tokn' (expected one of vault:address, vault:token, vault:namespace, vault:caCert, vault:approleRoleId, vault:approleSecretId, vault:approleMount, vault:maxRetries, vault:retryDelayMs, vault:timeout)." },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void Parse_BadConfig_ExplainsTheKey(string[] entries, string expected)
    {
        var parsed = VaultProviderConfig.Parse(Context(entries));

        Assert.Null(parsed.Options);
        Assert.Equal(expected, parsed.Error);
    }

    [Fact]
    public void Parse_PlainTextToken_WarnsToUseASecret()
    {
        var log = new List<string>();
        var parsed = VaultProviderConfig.Parse(Context(["address=http://127.0.0.1:8200/", "token=t"], log));

        Assert.Equal(new Uri("http://127.0.0.1:8200/"), parsed.Options!.Address);
        Assert.Equal(["warning: config 'vault:token' is stored in plain text; set it with `infra config set --secret vault:token …`."], log);
    }

    private static ProviderContext Context(string[] entries, List<string>? log = null)
    {
        var config = entries.Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => new ConfigValue(p[1], false), StringComparer.Ordinal);
        return new ProviderContext("proj", "dev", "/project", config, false, new SynchronousProgress(log ?? []));
    }

    private sealed class SynchronousProgress(List<string> log) : IProgress<string>
    {
        public void Report(string value) => log.Add(value);
    }
}
