using Infra.Secrets.Passphrase;
using Infra.Secrets.Rotation;
using Infra.Secrets.Tests.Passphrase;
using Infra.Secrets.Tests.Vault;
using Infra.Secrets.Vault;

namespace Infra.Secrets.Tests.Rotation;

public sealed class SecretsReEncryptorTests(PulumiStackFixture stack) : IClassFixture<PulumiStackFixture>
{
    [Fact]
    public async Task ReEncryptAsync_PassphraseToNewPassphrase_NewKeyDecryptsOldKeyDoesNot()
    {
        var plaintexts = new[] { "a", "b", "c" };
        var old = await stack.Provider.EncryptManyAsync(plaintexts, CancellationToken.None);
        var next = PassphraseSecretsProvider.CreateForNewStack("new passphrase").Provider;

        var rotated = await SecretsReEncryptor.ReEncryptAsync(stack.Provider, next, old, CancellationToken.None);

        Assert.Equal(plaintexts, await next.DecryptManyAsync(rotated, CancellationToken.None));
        var thrown = await Assert.ThrowsAsync<SecretsException>(() => stack.Provider.DecryptAsync(rotated[0], CancellationToken.None));
        Assert.Equal(SecretsErrorCode.DecryptionFailed, thrown.Error.Code);
    }

    [Fact]
    public async Task ReEncryptAsync_PassphraseToVault_StoresVaultCiphertexts()
    {
        await using var vault = FakeVaultServer.Start();
        using var http = new HttpClient();
        var target = new VaultSecretsProvider(
            new VaultSettings(vault.Address, FakeVaultServer.Mount, FakeVaultServer.KeyName, null, new VaultTokenAuth(FakeVaultServer.RootToken)), http);
        var old = await stack.Provider.EncryptManyAsync(["x", "y"], CancellationToken.None);

        var rotated = await SecretsReEncryptor.ReEncryptAsync(stack.Provider, target, old, CancellationToken.None);

        Assert.All(rotated, c => Assert.StartsWith("vault:v1:", c));
        Assert.Equal(["x", "y"], await target.DecryptManyAsync(rotated, CancellationToken.None));
    }

    [Fact]
    public async Task ReEncryptAsync_WrongSourceKey_ThrowsAndReturnsNothing()
    {
        var other = PassphraseSecretsProvider.CreateForNewStack("other").Provider;
        var foreign = await other.EncryptManyAsync(["x"], CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<SecretsException>(
            () => SecretsReEncryptor.ReEncryptAsync(stack.Provider, other, foreign, CancellationToken.None));

        Assert.Equal(SecretsErrorCode.DecryptionFailed, thrown.Error.Code);
    }
}
