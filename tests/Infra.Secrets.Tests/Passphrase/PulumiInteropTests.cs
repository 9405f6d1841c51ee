using Infra.Secrets.Passphrase;

namespace Infra.Secrets.Tests.Passphrase;

public sealed class PulumiInteropTests(PulumiStackFixture stack) : IClassFixture<PulumiStackFixture>
{
    public static TheoryData<string> Plaintexts => new()
    {
        "s3cr3t",
        "",
        "line one\nline two: with colon",
        "ünïcødé ✓ 🔐",
        new string('x', 10_000),
    };

    [Fact]
    public void FromEncryptionSalt_PulumiWrittenSaltWithItsPassphrase_Opens()
    {
        Assert.Equal(PulumiVector.EncryptionSalt, stack.Provider.EncryptionSalt);
        Assert.Equal("passphrase", stack.Provider.Type);
    }

    [Fact]
    public async Task DecryptAsync_PulumiWrittenCiphertext_ReturnsPulumiPlaintext()
    {
        // The check value inside the salt is a real Pulumi encryption of "pulumi" under this stack's key.
        var plaintext = await stack.Provider.DecryptAsync(PulumiVector.CheckCiphertext, CancellationToken.None);

        Assert.Equal("pulumi", plaintext);
    }

    [Theory]
    [MemberData(nameof(Plaintexts))]
    public async Task EncryptAsync_InfraValueUnderPulumiSalt_DecryptsWithPulumiAlgorithm(string plaintext)
    {
        var ciphertext = await stack.Provider.EncryptAsync(plaintext, CancellationToken.None);

        Assert.Matches(@"^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$", ciphertext);
        Assert.Equal(plaintext, PulumiReferenceCrypter.Decrypt(stack.ReferenceKey, ciphertext));
    }

    [Theory]
    [MemberData(nameof(Plaintexts))]
    public async Task DecryptAsync_ValueSealedByPulumiAlgorithm_ReturnsPlaintext(string plaintext)
    {
        var ciphertext = PulumiReferenceCrypter.Encrypt(stack.ReferenceKey, plaintext);

        Assert.Equal(plaintext, await stack.Provider.DecryptAsync(ciphertext, CancellationToken.None));
    }

    [Fact]
    public void CreateForNewStack_InfraWrittenSalt_PassesPulumiPassphraseCheck()
    {
        const string passphrase = "correct horse battery staple";
        var created = PassphraseSecretsProvider.CreateForNewStack(passphrase);

        Assert.Matches(@"^v1:[A-Za-z0-9+/]{11}=:v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$", created.EncryptionSalt);
        var key = PulumiReferenceCrypter.KeyFromSalt(created.EncryptionSalt, passphrase);
        Assert.Equal("pulumi", PulumiReferenceCrypter.Decrypt(key, PulumiReferenceCrypter.CheckValue(created.EncryptionSalt)));
    }
}
