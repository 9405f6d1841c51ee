using Infra.Secrets.Passphrase;

namespace Infra.Secrets.Tests.Passphrase;

public sealed class PassphraseSecretsProviderTests(PulumiStackFixture stack) : IClassFixture<PulumiStackFixture>
{
    public static TheoryData<string, SecretsErrorCode> BadSalts => new()
    {
        { PulumiVector.BrokenEncryptionSalt, SecretsErrorCode.MalformedEncryptionSalt },
        { "", SecretsErrorCode.MalformedEncryptionSalt },
        { "v2:fozI5u6B030=:v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==", SecretsErrorCode.MalformedEncryptionSalt },
        { "v1:not base64!:v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==", SecretsErrorCode.MalformedEncryptionSalt },
        { "v1:fozI5u6B030=:v1:F+6ZduL:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==", SecretsErrorCode.MalformedEncryptionSalt },
    };

    public static TheoryData<string, SecretsErrorCode> BadCiphertexts => new()
    {
        { "v1:F+6ZduKKd8G0/V7L", SecretsErrorCode.MalformedCiphertext },
        { "v2:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==", SecretsErrorCode.MalformedCiphertext },
        { "v1:AAAA:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==", SecretsErrorCode.MalformedCiphertext },
        { "v1:F+6ZduKKd8G0/V7L:AAAA", SecretsErrorCode.MalformedCiphertext },
        { "v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRJQ==", SecretsErrorCode.DecryptionFailed },
        { "v1:A+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==", SecretsErrorCode.DecryptionFailed },
    };

    [Fact]
    public void FromEncryptionSalt_WrongPassphrase_ReturnsIncorrectPassphrase()
    {
        var result = PassphraseSecretsProvider.FromEncryptionSalt(PulumiVector.EncryptionSalt, PulumiVector.IncorrectPassphrase);

        Assert.False(result.IsSuccess);
        Assert.Equal(SecretsErrorCode.IncorrectPassphrase, result.Error.Code);
        Assert.StartsWith("incorrect passphrase", result.Error.Message);
        Assert.DoesNotContain(PulumiVector.IncorrectPassphrase, result.Error.Message);
        var thrown = Assert.Throws<SecretsException>(() => result.GetValueOrThrow());
        Assert.Equal(SecretsErrorCode.IncorrectPassphrase, thrown.Error.Code);
    }

    [Theory]
    [MemberData(nameof(BadSalts))]
    public void FromEncryptionSalt_MalformedSalt_ReturnsError(string salt, SecretsErrorCode expected)
    {
        var result = PassphraseSecretsProvider.FromEncryptionSalt(salt, PulumiVector.CorrectPassphrase);

        Assert.Equal(expected, result.Error?.Code);
    }

    [Theory]
    [MemberData(nameof(BadCiphertexts))]
    public async Task DecryptAsync_BadCiphertext_ThrowsTypedError(string ciphertext, SecretsErrorCode expected)
    {
        var thrown = await Assert.ThrowsAsync<SecretsException>(() => stack.Provider.DecryptAsync(ciphertext, CancellationToken.None));

        Assert.Equal(expected, thrown.Error.Code);
    }

    [Fact]
    public async Task CreateForNewStack_ThenReopenWithSamePassphrase_SharesKey()
    {
        var created = PassphraseSecretsProvider.CreateForNewStack("");
        var ciphertext = await created.Provider.EncryptAsync("value", CancellationToken.None);

        var reopened = PassphraseSecretsProvider.FromEncryptionSalt(created.EncryptionSalt, "").GetValueOrThrow();

        Assert.Equal("value", await reopened.DecryptAsync(ciphertext, CancellationToken.None));
        Assert.Equal(SecretsErrorCode.IncorrectPassphrase, PassphraseSecretsProvider.FromEncryptionSalt(created.EncryptionSalt, " ").Error?.Code);
    }

    [Fact]
    public async Task EncryptAsync_SamePlaintextTwice_UsesFreshNonces()
    {
        var first = await stack.Provider.EncryptAsync("same", CancellationToken.None);
        var second = await stack.Provider.EncryptAsync("same", CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("same", first);
    }

    [Fact]
    public async Task EncryptManyAsync_ThousandsOfValues_RoundTripsInOrderQuickly()
    {
        var plaintexts = Enumerable.Range(0, 5_000).Select(i => $"secret-{i}").ToArray();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var ciphertexts = await stack.Provider.EncryptManyAsync(plaintexts, CancellationToken.None);
        var decrypted = await stack.Provider.DecryptManyAsync(ciphertexts, CancellationToken.None);

        watch.Stop();
        Assert.Equal(plaintexts, decrypted);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"5,000 values took {watch.Elapsed}");
    }

    [Fact]
    public async Task DecryptManyAsync_OneBadValue_NamesItsIndex()
    {
        var good = await stack.Provider.EncryptAsync("ok", CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<SecretsException>(
            () => stack.Provider.DecryptManyAsync([good, good, "v1:bad"], CancellationToken.None));

        Assert.Equal(SecretsErrorCode.MalformedCiphertext, thrown.Error.Code);
        Assert.StartsWith("secret #2:", thrown.Error.Message);
    }
}
