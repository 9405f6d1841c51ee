using System.Net;
using System.Text;
using Infra.Secrets.Vault;

namespace Infra.Secrets.Tests.Vault;

public sealed class VaultSecretsProviderTests : IAsyncLifetime
{
    private static readonly VaultRetryPolicy FastRetry = new(4, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly RecordingTimeProvider _time = new();
    private FakeVaultServer _vault = null!;

    public static TheoryData<HttpStatusCode[], int> RecoverableFailures => new()
    {
        { [HttpStatusCode.ServiceUnavailable], 2 },
        { [HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError], 3 },
        { [HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout, HttpStatusCode.TooManyRequests], 4 },
    };

    public Task InitializeAsync()
    {
        _vault = FakeVaultServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _vault.DisposeAsync();
        _http.Dispose();
    }

    [Theory]
    [InlineData("hunter2")]
    [InlineData("")]
    [InlineData("ünïcødé ✓ 🔐 with \"quotes\"")]
    public async Task EncryptAsync_TokenAuth_RoundTripsThroughTransit(string plaintext)
    {
        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));

        var ciphertext = await provider.EncryptAsync(plaintext, CancellationToken.None);
        var decrypted = await provider.DecryptAsync(ciphertext, CancellationToken.None);

        Assert.StartsWith("vault:v1:", ciphertext);
        Assert.Equal(plaintext, decrypted);
        var encrypt = _vault.Requests.First();
        Assert.Equal("/v1/transit/encrypt/infra", encrypt.Path);
        Assert.Equal(FakeVaultServer.RootToken, encrypt.Token);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintext)), encrypt.Body);
        Assert.Equal("vault", provider.Type);
    }

    [Fact]
    public async Task EncryptAsync_NamespaceConfigured_SendsNamespaceHeader()
    {
        await using var vault = FakeVaultServer.Start(requiredNamespace: "team-a");
        var provider = new VaultSecretsProvider(
            new VaultSettings(vault.Address, FakeVaultServer.Mount, FakeVaultServer.KeyName, "team-a", new VaultTokenAuth(FakeVaultServer.RootToken)),
            _http, FastRetry, _time);

        var ciphertext = await provider.EncryptAsync("v", CancellationToken.None);

        Assert.Equal("v", await provider.DecryptAsync(ciphertext, CancellationToken.None));
        Assert.All(vault.Requests, r => Assert.Equal("team-a", r.Namespace));
    }

    [Fact]
    public async Task EncryptAsync_NamespaceMissing_FailsWithVaultErrorText()
    {
        await using var vault = FakeVaultServer.Start(requiredNamespace: "team-a");
        var provider = new VaultSecretsProvider(
            new VaultSettings(vault.Address, FakeVaultServer.Mount, FakeVaultServer.KeyName, null, new VaultTokenAuth(FakeVaultServer.RootToken)),
            _http, FastRetry, _time);

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.EncryptAsync("v", CancellationToken.None));

        Assert.Equal(SecretsErrorCode.RequestFailed, thrown.Error.Code);
        Assert.Contains("404 no handler for route", thrown.Error.Message);
    }

    [Fact]
    public async Task EncryptManyAsync_AppRoleAuth_LogsInOnceAndUsesClientToken()
    {
        var provider = Provider(new VaultAppRoleAuth(FakeVaultServer.RoleId, FakeVaultServer.SecretId));
        var plaintexts = Enumerable.Range(0, 600).Select(i => $"value-{i}").ToArray();

        var ciphertexts = await provider.EncryptManyAsync(plaintexts, CancellationToken.None);
        var decrypted = await provider.DecryptManyAsync(ciphertexts, CancellationToken.None);
        var single = await provider.DecryptAsync(ciphertexts[42], CancellationToken.None);

        Assert.Equal(plaintexts, decrypted);
        Assert.Equal("value-42", single);
        Assert.Equal(1, _vault.LoginCount);
        var login = _vault.Requests.First();
        Assert.Equal("/v1/auth/approle/login", login.Path);
        Assert.Null(login.Token);
        Assert.Contains(FakeVaultServer.RoleId, login.Body);
        var transit = _vault.Requests.Skip(1).ToArray();
        Assert.Equal(7, transit.Length); // 3 encrypt batches + 3 decrypt batches of ≤256 + 1 single decrypt
        Assert.All(transit, r => Assert.StartsWith("hvs.", r.Token));
        Assert.All(transit, r => Assert.NotEqual(FakeVaultServer.RootToken, r.Token));
    }

    [Fact]
    public async Task EncryptAsync_AppRoleTokenRevoked_LogsInAgainAndSucceeds()
    {
        var provider = Provider(new VaultAppRoleAuth(FakeVaultServer.RoleId, FakeVaultServer.SecretId));
        await provider.EncryptAsync("first", CancellationToken.None);

        _vault.RevokeAllTokens();
        var ciphertext = await provider.EncryptAsync("second", CancellationToken.None);

        Assert.Equal("second", await provider.DecryptAsync(ciphertext, CancellationToken.None));
        Assert.Equal(2, _vault.LoginCount);
    }

    [Fact]
    public async Task EncryptAsync_AppRoleWrongSecret_FailsWithVaultErrorAndNoSecretInMessage()
    {
        var provider = Provider(new VaultAppRoleAuth(FakeVaultServer.RoleId, "wrong-secret-id"));

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.EncryptAsync("v", CancellationToken.None));

        Assert.Equal(SecretsErrorCode.AuthenticationFailed, thrown.Error.Code);
        Assert.Contains("400 invalid role or secret ID", thrown.Error.Message);
        Assert.DoesNotContain("wrong-secret-id", thrown.Error.Message);
        Assert.Single(_vault.Requests);
    }

    [Fact]
    public async Task EncryptAsync_BadToken_FailsPermissionDeniedWithoutRetry()
    {
        var provider = Provider(new VaultTokenAuth("hvs.not-a-token"));

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.EncryptAsync("v", CancellationToken.None));

        Assert.Equal(SecretsErrorCode.AuthenticationFailed, thrown.Error.Code);
        Assert.Contains("403 permission denied", thrown.Error.Message);
        Assert.Single(_vault.Requests);
    }

    [Theory]
    [InlineData("vault:v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "cipher: message authentication failed")]
    [InlineData("vault:v2:bm90LWlzc3VlZA==", "cipher: message authentication failed")]
    public async Task DecryptAsync_UnknownCiphertext_ReportsVaultErrors(string ciphertext, string expected)
    {
        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.DecryptAsync(ciphertext, CancellationToken.None));

        Assert.Equal(SecretsErrorCode.RequestFailed, thrown.Error.Code);
        Assert.Contains("400 " + expected, thrown.Error.Message);
    }

    [Fact]
    public async Task EncryptAsync_UnknownKey_ReportsKeyNotFound()
    {
        var provider = new VaultSecretsProvider(
            new VaultSettings(_vault.Address, FakeVaultServer.Mount, "other-key", null, new VaultTokenAuth(FakeVaultServer.RootToken)),
            _http, FastRetry, _time);

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.EncryptAsync("v", CancellationToken.None));

        Assert.Contains("encryption key not found", thrown.Error.Message);
    }

    [Fact]
    public async Task DecryptManyAsync_NotVaultCiphertext_FailsBeforeSending()
    {
        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));

        var thrown = await Assert.ThrowsAsync<SecretsException>(
            () => provider.DecryptManyAsync(["vault:v1:AAAA", "v1:abc:def"], CancellationToken.None));

        Assert.Equal(SecretsErrorCode.MalformedCiphertext, thrown.Error.Code);
        Assert.Contains("secret #1", thrown.Error.Message);
        Assert.Empty(_vault.Requests);
    }

    [Fact]
    public async Task DecryptManyAsync_OneItemFails_NamesItsIndex()
    {
        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));
        var good = await provider.EncryptAsync("ok", CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<SecretsException>(
            () => provider.DecryptManyAsync([good, "vault:v1:Zm9yZ2Vk"], CancellationToken.None));

        Assert.Contains("batch item #1: cipher: message authentication failed", thrown.Error.Message);
    }

    [Theory]
    [MemberData(nameof(RecoverableFailures))]
    public async Task EncryptAsync_TransientFailures_RetriesThenSucceeds(HttpStatusCode[] failures, int expectedRequests)
    {
        foreach (var status in failures)
        {
            _vault.InjectedFailures.Enqueue((status, null));
        }

        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));

        var ciphertext = await provider.EncryptAsync("v", CancellationToken.None);

        Assert.StartsWith("vault:v1:", ciphertext);
        Assert.Equal(expectedRequests, _vault.Requests.Count);
        Assert.Equal(
            new[] { 100, 200, 400 }.Take(failures.Length).Select(ms => TimeSpan.FromMilliseconds(ms)),
            _time.RequestedDelays);
    }

    [Fact]
    public async Task EncryptAsync_RetryAfterHeader_WaitsAsToldUpToCap()
    {
        _vault.InjectedFailures.Enqueue((HttpStatusCode.TooManyRequests, "1"));
        _vault.InjectedFailures.Enqueue((HttpStatusCode.TooManyRequests, "30"));
        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));

        await provider.EncryptAsync("v", CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _time.RequestedDelays);
    }

    [Fact]
    public async Task EncryptAsync_ServerKeepsFailing_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 10; i++)
        {
            _vault.InjectedFailures.Enqueue((HttpStatusCode.ServiceUnavailable, null));
        }

        var provider = Provider(new VaultTokenAuth(FakeVaultServer.RootToken));

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.EncryptAsync("v", CancellationToken.None));

        Assert.Equal(SecretsErrorCode.ServiceUnavailable, thrown.Error.Code);
        Assert.Contains("after 4 attempts", thrown.Error.Message);
        Assert.Contains("503", thrown.Error.Message);
        Assert.Equal(4, _vault.Requests.Count);
    }

    [Fact]
    public async Task EncryptAsync_NothingListening_GivesUpAsUnavailable()
    {
        var closed = new Uri("http://127.0.0.1:1/");
        var provider = new VaultSecretsProvider(
            new VaultSettings(closed, "transit", "k", null, new VaultTokenAuth("t")), _http, FastRetry, _time);

        var thrown = await Assert.ThrowsAsync<SecretsException>(() => provider.EncryptAsync("v", CancellationToken.None));

        Assert.Equal(SecretsErrorCode.ServiceUnavailable, thrown.Error.Code);
        Assert.Equal(3, _time.RequestedDelays.Count);
    }

    private VaultSecretsProvider Provider(VaultAuth auth) =>
        new(new VaultSettings(_vault.Address, FakeVaultServer.Mount, FakeVaultServer.KeyName, null, auth), _http, FastRetry, _time);
}
