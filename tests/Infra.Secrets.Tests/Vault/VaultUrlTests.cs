using Infra.Secrets.Vault;

namespace Infra.Secrets.Tests.Vault;

public sealed class VaultUrlTests
{
    public static TheoryData<string, Dictionary<string, string?>, string, string, string, string?> Valid => new()
    {
        { "vault://vault.example/transit/app", Token(), "https://vault.example:8200/", "transit", "app", null },
        { "vault://vault.example:9000/kv/nested/app?tls=false", Token(), "http://vault.example:9000/", "kv/nested", "app", null },
        { "vault://vault.example/app?namespace=team-a", Token(), "https://vault.example:8200/", "transit", "app", "team-a" },
        { "vault:///transit/app", Token(("VAULT_ADDR", "http://127.0.0.1:8200"), ("VAULT_NAMESPACE", "ns1")), "http://127.0.0.1:8200/", "transit", "app", "ns1" },
    };

    public static TheoryData<string, Dictionary<string, string?>, string> Invalid => new()
    {
        { "awskms://alias/x", Token(), "is not a vault:// URL" },
        { "vault://vault.example/", Token(), "names no Transit key" },
        { "vault:///transit/app", Token(), "VAULT_ADDR is not set" },
        { "vault:///transit/app", Token(("VAULT_ADDR", "ftp://x")), "VAULT_ADDR 'ftp://x' is not an http(s) URL" },
        { "vault://vault.example/transit/app", new() { ["VAULT_ROLE_ID"] = "r" }, "no Vault credentials" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidUrl_ReturnsSettings(string url, Dictionary<string, string?> env, string address, string mount, string key, string? ns)
    {
        var result = VaultUrl.Parse(url, name => env.GetValueOrDefault(name));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new Uri(address), result.Value.Address);
        Assert.Equal(mount, result.Value.Mount);
        Assert.Equal(key, result.Value.KeyName);
        Assert.Equal(ns, result.Value.Namespace);
        Assert.Equal(new VaultTokenAuth("hvs.t"), result.Value.Auth);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidUrlOrEnvironment_ReturnsError(string url, Dictionary<string, string?> env, string expected)
    {
        var result = VaultUrl.Parse(url, name => env.GetValueOrDefault(name));

        Assert.Equal(SecretsErrorCode.InvalidProviderSettings, result.Error?.Code);
        Assert.Contains(expected, result.Error!.Message);
    }

    [Fact]
    public void Parse_AppRoleVariables_ReturnsAppRoleAuthWithMount()
    {
        var env = new Dictionary<string, string?> { ["VAULT_ROLE_ID"] = "r", ["VAULT_SECRET_ID"] = "s" };

        var result = VaultUrl.Parse("vault://v/transit/app?approle_mount=ci-approle", name => env.GetValueOrDefault(name));

        Assert.Equal(new VaultAppRoleAuth("r", "s", "ci-approle"), result.Value!.Auth);
        Assert.DoesNotContain("=s", result.Value.Auth.ToString());
        Assert.Contains("[secret]", result.Value.ToString());
    }

    private static Dictionary<string, string?> Token(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string?> { ["VAULT_TOKEN"] = "hvs.t" };
        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }

        return env;
    }
}
