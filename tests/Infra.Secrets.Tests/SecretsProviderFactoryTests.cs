using Infra.Secrets.Tests.Passphrase;

namespace Infra.Secrets.Tests;

public sealed class SecretsProviderFactoryTests
{
    public static TheoryData<StackSecretsSettings, Dictionary<string, string?>, SecretsErrorCode> Failures => new()
    {
        { new(null, PulumiVector.EncryptionSalt), new() { ["PULUMI_CONFIG_PASSPHRASE"] = PulumiVector.IncorrectPassphrase }, SecretsErrorCode.IncorrectPassphrase },
        { new("passphrase", PulumiVector.EncryptionSalt), new(), SecretsErrorCode.PassphraseMissing },
        { new(null, null), new() { ["PULUMI_CONFIG_PASSPHRASE"] = "x" }, SecretsErrorCode.MalformedEncryptionSalt },
        { new("awskms://alias/x", null), new(), SecretsErrorCode.InvalidProviderSettings },
        { new("vault://v/transit/k", null), new(), SecretsErrorCode.InvalidProviderSettings },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Open_BadSettingsOrEnvironment_ReturnsTypedError(StackSecretsSettings settings, Dictionary<string, string?> env, SecretsErrorCode expected)
    {
        using var http = new HttpClient();

        var result = SecretsProviderFactory.Open(settings, name => env.GetValueOrDefault(name), http);

        Assert.Equal(expected, result.Error?.Code);
    }

    [Fact]
    public async Task Open_PulumiStackWithPassphraseFromEnvironment_DecryptsPulumiValue()
    {
        var env = new Dictionary<string, string?> { ["INFRA_CONFIG_PASSPHRASE"] = PulumiVector.CorrectPassphrase };

        var result = SecretsProviderFactory.Open(new StackSecretsSettings(null, PulumiVector.EncryptionSalt), name => env.GetValueOrDefault(name));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("pulumi", await result.Value.DecryptAsync(PulumiVector.CheckCiphertext, CancellationToken.None));
    }

    [Fact]
    public void Open_VaultUrl_ReturnsVaultProvider()
    {
        using var http = new HttpClient();
        var env = new Dictionary<string, string?> { ["VAULT_TOKEN"] = "hvs.t" };

        var result = SecretsProviderFactory.Open(new StackSecretsSettings("vault://vault.example/transit/app", null), name => env.GetValueOrDefault(name), http);

        Assert.Equal("vault", result.Value?.Type);
    }
}
