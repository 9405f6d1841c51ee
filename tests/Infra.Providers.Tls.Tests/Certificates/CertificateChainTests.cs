using System.Net;
using System.Security.Cryptography.X509Certificates;
using Infra.Providers.Tls.Tests.Tools;

namespace Infra.Providers.Tls.Tests.Certificates;

public sealed class CertificateChainTests(TestKeys keys) : IClassFixture<TestKeys>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("infra-tls-chain-").FullName;

    public static TheoryData<string, string> KeyPairs => new()
    {
        { "RSA", "RSA" },
        { "RSA", "ECDSA" },
        { "ECDSA", "ECDSA" },
        { "ECDSA", "RSA" },
        { "ECDSA", "ED25519" },
        { "ED25519", "ECDSA" },
        { "ED25519", "ED25519" },
    };

    [Theory]
    [MemberData(nameof(KeyPairs))]
    public void LocallySignedCert_VerifiedWithCustomRoot_ChainBuilds(string caAlgorithm, string leafAlgorithm)
    {
        var caKey = keys.Get(caAlgorithm);
        var ca = Pki.CreateCa(caKey);
        var leaf = Pki.Sign(Pki.CreateRequest(keys.Get(leafAlgorithm)), ca, caKey);
        using var caCert = Pki.Load(ca);
        using var leafCert = Pki.Load(leaf);

        using var chain = NewChain(caCert);
        var built = chain.Build(leafCert);

        Assert.True(built, string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation}")));
        Assert.Equal(2, chain.ChainElements.Count);
        Assert.Equal(caCert.Thumbprint, chain.ChainElements[1].Certificate.Thumbprint);
    }

    [Fact]
    public void LocallySignedCert_VerifiedAgainstOtherRoot_Fails()
    {
        var caKey = keys.Get("ECDSA");
        var ca = Pki.CreateCa(caKey);
        var otherCa = Pki.CreateCa(keys.Get("RSA"), commonName: "Other CA");
        var leaf = Pki.Sign(Pki.CreateRequest(keys.Get("RSA")), ca, caKey);
        using var otherCert = Pki.Load(otherCa);
        using var leafCert = Pki.Load(leaf);

        using var chain = NewChain(otherCert);

        Assert.False(chain.Build(leafCert));
    }

    [SkippableTheory]
    [MemberData(nameof(KeyPairs))]
    public void LocallySignedCert_VerifiedByOpenSsl_Ok(string caAlgorithm, string leafAlgorithm)
    {
        Skip.IfNot(ExternalTool.Exists("openssl"), "openssl is not installed");
        var caKey = keys.Get(caAlgorithm);
        var ca = Pki.CreateCa(caKey);
        var leaf = Pki.Sign(Pki.CreateRequest(keys.Get(leafAlgorithm)), ca, caKey);
        var caPath = Path.Combine(_directory, $"{caAlgorithm}-{leafAlgorithm}-ca.pem");
        var leafPath = Path.Combine(_directory, $"{caAlgorithm}-{leafAlgorithm}-leaf.pem");
        File.WriteAllText(caPath, ca.CertPem);
        File.WriteAllText(leafPath, leaf.CertPem);

        var (exit, output) = ExternalTool.Run(
            "openssl", "verify", "-CAfile", caPath, "-attime", Pki.Now.AddHours(1).ToUnixTimeSeconds().ToString(), "-purpose", "sslserver", leafPath);

        Assert.True(exit == 0, output);
        Assert.Contains(": OK", output);
    }

    [Theory]
    [InlineData("RSA")]
    [InlineData("ECDSA")]
    [InlineData("ED25519")]
    public void LocallySignedCert_CarriesRequestNamesUsagesAndValidity(string leafAlgorithm)
    {
        var caKey = keys.Get("ECDSA", curve: "P384");
        var ca = Pki.CreateCa(caKey);
        var leaf = Pki.Sign(Pki.CreateRequest(keys.Get(leafAlgorithm)), ca, caKey, hours: 720);
        using var cert = Pki.Load(leaf);
        using var caCert = Pki.Load(ca);

        var san = Assert.IsType<X509SubjectAlternativeNameExtension>(cert.Extensions["2.5.29.17"]);
        Assert.Equal(["api.example.test", "*.api.example.test"], san.EnumerateDnsNames());
        Assert.Equal([IPAddress.Parse("10.1.2.3"), IPAddress.IPv6Loopback], san.EnumerateIPAddresses());
        var keyUsage = Assert.IsType<X509KeyUsageExtension>(cert.Extensions["2.5.29.15"]);
        Assert.True(keyUsage.Critical);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, keyUsage.KeyUsages);
        var eku = Assert.IsType<X509EnhancedKeyUsageExtension>(cert.Extensions["2.5.29.37"]);
        Assert.Equal(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"], eku.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value));
        var constraints = Assert.IsType<X509BasicConstraintsExtension>(cert.Extensions["2.5.29.19"]);
        Assert.False(constraints.CertificateAuthority);
        Assert.Equal("CN=api.example.test", cert.Subject);
        Assert.Equal(caCert.Subject, cert.Issuer);
        var authorityKeyId = Assert.IsType<X509AuthorityKeyIdentifierExtension>(cert.Extensions["2.5.29.35"]);
        var caKeyId = Assert.IsType<X509SubjectKeyIdentifierExtension>(caCert.Extensions["2.5.29.14"]);
        Assert.Equal(caKeyId.SubjectKeyIdentifier, Convert.ToHexString(authorityKeyId.KeyIdentifier!.Value.Span));
        Assert.Equal(Pki.Now, leaf.ValidityStart);
        Assert.Equal(Pki.Now.AddHours(720), leaf.ValidityEnd);
        Assert.Equal(Pki.Now.UtcDateTime, cert.NotBefore.ToUniversalTime());
        Assert.Equal(cert.SerialNumber, leaf.SerialNumber);
        Assert.False(leaf.ReadyForRenewal);
    }

    [Fact]
    public void SelfSignedCert_CaFlagsAndSubject_ArePresent()
    {
        var ca = Pki.CreateCa(keys.Get("RSA"));
        using var cert = Pki.Load(ca);

        Assert.Equal("CN=Infra Test Root CA, O=Infra, C=NL", cert.Subject);
        Assert.Equal(cert.Subject, cert.Issuer);
        var constraints = Assert.IsType<X509BasicConstraintsExtension>(cert.Extensions["2.5.29.19"]);
        Assert.True(constraints.CertificateAuthority);
        Assert.True(constraints.Critical);
        var keyUsage = Assert.IsType<X509KeyUsageExtension>(cert.Extensions["2.5.29.15"]);
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, keyUsage.KeyUsages);
        Assert.Null(cert.Extensions["2.5.29.37"]);
    }

    [Fact]
    public void Create_SameInputsTwice_GivesDifferentRandomSerials()
    {
        var key = keys.Get("ECDSA");

        var first = Pki.CreateCa(key);
        var second = Pki.CreateCa(key);

        Assert.NotEqual(first.SerialNumber, second.SerialNumber);
        Assert.Equal(32, first.SerialNumber.Length);
        Assert.Equal(first.ValidityEnd, second.ValidityEnd);
    }

    private static X509Chain NewChain(X509Certificate2 root)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = Pki.Now.AddHours(1).UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        return chain;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
