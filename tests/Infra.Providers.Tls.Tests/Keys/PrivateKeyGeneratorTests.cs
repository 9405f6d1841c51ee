using System.Security.Cryptography;

namespace Infra.Providers.Tls.Tests.Keys;

public sealed class PrivateKeyGeneratorTests(TestKeys keys) : IClassFixture<TestKeys>
{
    public static TheoryData<string, int, string, KeyAlgorithm, string> Valid => new()
    {
        { "RSA", 2048, "P256", KeyAlgorithm.Rsa, "ssh-rsa " },
        { "RSA", 3072, "P256", KeyAlgorithm.Rsa, "ssh-rsa " },
        { "ecdsa", 2048, "P256", KeyAlgorithm.Ecdsa, "ecdsa-sha2-nistp256 " },
        { "ECDSA", 2048, "P384", KeyAlgorithm.Ecdsa, "ecdsa-sha2-nistp384 " },
        { "ECDSA", 2048, "P-521", KeyAlgorithm.Ecdsa, "ecdsa-sha2-nistp521 " },
        { "ED25519", 2048, "P256", KeyAlgorithm.Ed25519, "ssh-ed25519 " },
    };

    public static TheoryData<string, int, string, string> Invalid => new()
    {
        { "DSA", 2048, "P256", "algorithm must be RSA, ECDSA or ED25519 (got 'DSA')" },
        { "", 2048, "P256", "algorithm must be RSA, ECDSA or ED25519 (got '')" },
        { "RSA", 1024, "P256", "rsaBits must be 2048, 3072 or 4096 (got 1024)" },
        { "RSA", 2047, "P256", "rsaBits must be 2048, 3072 or 4096 (got 2047)" },
        { "ECDSA", 2048, "P224", "ecdsaCurve must be P256, P384 or P521 (got 'P224')" },
        { "ECDSA", 2048, "secp256k1", "ecdsaCurve must be P256, P384 or P521 (got 'secp256k1')" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Create_ValidArgs_ReturnsPkcs8PublicAndOpenSshForms(string algorithm, int bits, string curve, KeyAlgorithm expected, string sshPrefix)
    {
        var key = keys.Get(algorithm, bits, curve);

        Assert.Equal(expected, key.Algorithm);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", key.PrivateKeyPem);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----\n", key.PublicKeyPem);
        Assert.StartsWith(sshPrefix, key.PublicKeyOpenSsh);
        Assert.Matches("^SHA256:[A-Za-z0-9+/]{43}$", key.PublicKeyFingerprintSha256);
        Assert.Matches("^([0-9a-f]{2}:){15}[0-9a-f]{2}$", key.PublicKeyFingerprintMd5);
        Assert.DoesNotContain("PRIVATE", key.ToString());
    }

    [Theory]
    [InlineData("RSA", 2048)]
    [InlineData("RSA", 3072)]
    public void Create_Rsa_HasRequestedSizeAndMatchingPublicKey(string algorithm, int bits)
    {
        var key = keys.Get(algorithm, bits);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key.PrivateKeyPem);
        using var pub = RSA.Create();
        pub.ImportFromPem(key.PublicKeyPem);

        Assert.Equal(bits, rsa.KeySize);
        Assert.Equal(rsa.ExportSubjectPublicKeyInfo(), pub.ExportSubjectPublicKeyInfo());
    }

    [Theory]
    [InlineData("P256", 256)]
    [InlineData("P384", 384)]
    [InlineData("P521", 521)]
    public void Create_Ecdsa_UsesRequestedCurve(string curve, int size)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(keys.Get("ECDSA", 2048, curve).PrivateKeyPem);

        Assert.Equal(size, ecdsa.KeySize);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Create_InvalidArgs_NamesField(string algorithm, int bits, string curve, string expected)
    {
        var result = PrivateKeyGenerator.Create(new PrivateKeyArgs(algorithm, bits, curve));

        Assert.False(result.IsSuccess);
        Assert.Equal(expected, Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("RSA")]
    [InlineData("ECDSA")]
    [InlineData("ED25519")]
    public void Describe_GeneratedKey_ReproducesPublicForms(string algorithm)
    {
        var key = keys.Get(algorithm);

        var described = PrivateKeyGenerator.Describe(key.PrivateKeyPem);

        Assert.True(described.IsSuccess);
        Assert.Equal(key.PublicKeyPem, described.Value.PublicKeyPem);
        Assert.Equal(key.PublicKeyOpenSsh, described.Value.PublicKeyOpenSsh);
        Assert.Equal(key.PrivateKeyPem, described.Value.PrivateKeyPem);
    }

    [Fact]
    public void Describe_Pkcs1AndSec1Pem_AreAccepted()
    {
        using var rsa = RSA.Create(2048);
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Equal(KeyAlgorithm.Rsa, PrivateKeyGenerator.Describe(rsa.ExportRSAPrivateKeyPem()).Value?.Algorithm);
        Assert.Equal(KeyAlgorithm.Ecdsa, PrivateKeyGenerator.Describe(ecdsa.ExportECPrivateKeyPem()).Value?.Algorithm);
    }

    [Theory]
    [InlineData("", "privateKeyPem is required")]
    [InlineData("not a pem", "privateKeyPem is not PEM (expected -----BEGIN PRIVATE KEY-----)")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "privateKeyPem is not a readable private key")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "privateKeyPem has PEM label 'CERTIFICATE'; expected PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY")]
    public void Describe_BadPem_NamesField(string pem, string expected)
    {
        var result = PrivateKeyGenerator.Describe(pem);

        Assert.Equal(expected, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Describe_SmallRsaKey_IsRejected()
    {
        using var rsa = RSA.Create(1024);

        var result = PrivateKeyGenerator.Describe(rsa.ExportPkcs8PrivateKeyPem());

        Assert.Equal("privateKeyPem is a 1024-bit RSA key; at least 2048 bits are required", Assert.Single(result.Errors).Message);
    }
}
