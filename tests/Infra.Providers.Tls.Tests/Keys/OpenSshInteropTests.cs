using Infra.Providers.Tls.Tests.Tools;

namespace Infra.Providers.Tls.Tests.Keys;

/// <summary>Checks key encodings with the OpenSSH and OpenSSL tools as independent readers.</summary>
public sealed class OpenSshInteropTests(TestKeys keys) : IClassFixture<TestKeys>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("infra-tls-keys-").FullName;

    [SkippableTheory]
    [InlineData("RSA")]
    [InlineData("ECDSA")]
    [InlineData("ED25519")]
    public void PublicKeyOpenSsh_ReadBySshKeygen_HasSameSha256Fingerprint(string algorithm)
    {
        Skip.IfNot(ExternalTool.Exists("ssh-keygen"), "ssh-keygen is not installed");
        var key = keys.Get(algorithm);
        var path = Path.Combine(_directory, algorithm + ".pub");
        File.WriteAllText(path, key.PublicKeyOpenSsh + "\n");

        var (exit, output) = ExternalTool.Run("ssh-keygen", "-l", "-E", "sha256", "-f", path);

        Assert.Equal(0, exit);
        Assert.Contains(key.PublicKeyFingerprintSha256, output);
    }

    [SkippableTheory]
    [InlineData("RSA")]
    [InlineData("ECDSA")]
    [InlineData("ED25519")]
    public void PrivateKeyPem_ReadByOpenSsl_YieldsSamePublicKey(string algorithm)
    {
        Skip.IfNot(ExternalTool.Exists("openssl"), "openssl is not installed");
        var key = keys.Get(algorithm);
        var path = Path.Combine(_directory, algorithm + ".key");
        File.WriteAllText(path, key.PrivateKeyPem);

        var (exit, output) = ExternalTool.Run("openssl", "pkey", "-in", path, "-pubout");

        Assert.True(exit == 0, output + key.PrivateKeyPem);
        Assert.Equal(key.PublicKeyPem.Trim(), output.Trim());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
