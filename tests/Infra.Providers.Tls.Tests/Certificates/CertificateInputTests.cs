namespace Infra.Providers.Tls.Tests.Certificates;

public sealed class CertificateInputTests(TestKeys keys) : IClassFixture<TestKeys>
{
    public static TheoryData<Func<SelfSignedCertArgs, SelfSignedCertArgs>, string> BadSelfSigned => new()
    {
        { a => a with { ValidityPeriodHours = 0 }, "validityPeriodHours must be between 1 and 876000 (got 0)" },
        { a => a with { EarlyRenewalHours = -5 }, "earlyRenewalHours must be zero or positive (got -5)" },
        { a => a with { AllowedUses = ["server_auth", "world_domination"] }, "allowedUses[1] 'world_domination' is not a known use" },
        { a => a with { DnsNames = ["ok.example", "bad name.example"] }, "dnsNames[1] 'bad name.example' is not a valid DNS name" },
        { a => a with { DnsNames = ["-leading.example"] }, "dnsNames[0] '-leading.example' is not a valid DNS name" },
        { a => a with { IpAddresses = ["1"] }, "ipAddresses[0] '1' is not an IPv4 or IPv6 address" },
        { a => a with { IpAddresses = ["300.1.1.1"] }, "ipAddresses[0] '300.1.1.1' is not an IPv4 or IPv6 address" },
        { a => a with { Uris = ["not a uri"] }, "uris[0] 'not a uri' is not an absolute URI" },
        { a => a with { Subject = new CertSubject(CommonName: "x", Country: "NLD") }, "subject.country must be a two-letter country code (got 'NLD')" },
        { a => a with { Subject = new CertSubject(CommonName: new string('c', 65)) }, "subject.commonName must be at most 64 characters (got 65)" },
        { a => a with { Subject = new CertSubject() }, "subject is empty; give a subject field or at least one of dnsNames, ipAddresses or uris" },
        { a => a with { PrivateKeyPem = "nope" }, "privateKeyPem is not PEM (expected -----BEGIN PRIVATE KEY-----)" },
    };

    [Theory]
    [MemberData(nameof(BadSelfSigned))]
    public void SelfSignedCertificate_BadInput_NamesField(Func<SelfSignedCertArgs, SelfSignedCertArgs> change, string expected)
    {
        var result = SelfSignedCertificate.Create(change(ValidSelfSigned()), Pki.Now);

        Assert.False(result.IsSuccess);
        Assert.StartsWith(expected, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void SelfSignedCertificate_SeveralBadFields_ReportsEach()
    {
        var args = ValidSelfSigned() with { ValidityPeriodHours = -1, AllowedUses = ["bogus"], IpAddresses = ["x"] };

        var result = SelfSignedCertificate.Create(args, Pki.Now);

        Assert.Equal(["allowedUses[0]", "ipAddresses[0]", "validityPeriodHours"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SelfSignedCertificate_EmptySubjectWithSan_IsAllowedWithCriticalSan()
    {
        var args = ValidSelfSigned() with { Subject = new CertSubject(), DnsNames = ["only-san.example"] };

        var result = Pki.Ok(SelfSignedCertificate.Create(args, Pki.Now));

        using var cert = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(result.CertPem);
        Assert.True(cert.Extensions["2.5.29.17"]!.Critical);
    }

    [Fact]
    public void LocallySignedCertificate_CaKeyDoesNotMatchCaCert_NamesField()
    {
        var ca = Pki.CreateCa(keys.Get("ECDSA"));
        var request = Pki.CreateRequest(keys.Get("RSA"));

        var result = LocallySignedCertificate.Create(
            new LocallySignedCertArgs(request.CertRequestPem, ca.CertPem, keys.Get("RSA").PrivateKeyPem, 24, Pki.ServerUses), Pki.Now);

        Assert.Equal("caPrivateKeyPem does not match the public key of caCertPem", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void LocallySignedCertificate_IssuerNotCa_NamesField()
    {
        var key = keys.Get("ECDSA");
        var notCa = Pki.Ok(SelfSignedCertificate.Create(
            new SelfSignedCertArgs(key.PrivateKeyPem, new CertSubject(CommonName: "leafy"), 24, ["digital_signature"]), Pki.Now));
        var request = Pki.CreateRequest(keys.Get("RSA"));

        var result = LocallySignedCertificate.Create(
            new LocallySignedCertArgs(request.CertRequestPem, notCa.CertPem, key.PrivateKeyPem, 24, Pki.ServerUses), Pki.Now);

        Assert.Equal(
            ["caCertPem is not a CA certificate (basicConstraints CA is not true); issue it with isCaCertificate", "caCertPem does not allow cert_signing in its key usage"],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void LocallySignedCertificate_TamperedRequest_IsRejected()
    {
        var caKey = keys.Get("ECDSA");
        var ca = Pki.CreateCa(caKey);
        var request = Pki.CreateRequest(keys.Get("RSA")).CertRequestPem;
        var der = Convert.FromBase64String(string.Concat(request.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal))));
        var at = Array.IndexOf(der, (byte)'a'); // inside "api.example.test" in the subject
        der[at] = (byte)'b';
        var tampered = System.Security.Cryptography.PemEncoding.WriteString("CERTIFICATE REQUEST", der);

        var result = LocallySignedCertificate.Create(
            new LocallySignedCertArgs(tampered, ca.CertPem, caKey.PrivateKeyPem, 24, Pki.ServerUses), Pki.Now);

        Assert.Equal("certRequestPem has a signature that does not match its public key", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("", "certRequestPem is required")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "certRequestPem is not a PEM certificate request (expected -----BEGIN CERTIFICATE REQUEST-----)")]
    [InlineData("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----", "certRequestPem is not a readable PKCS#10 certificate request")]
    public void LocallySignedCertificate_BadRequestPem_NamesField(string pem, string expected)
    {
        var caKey = keys.Get("ECDSA");
        var ca = Pki.CreateCa(caKey);

        var result = LocallySignedCertificate.Create(new LocallySignedCertArgs(pem, ca.CertPem, caKey.PrivateKeyPem, 24, Pki.ServerUses), Pki.Now);

        Assert.Equal(expected, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void CertificateRequestGenerator_BadSan_NamesField()
    {
        var result = CertificateRequestGenerator.Create(
            new CertRequestArgs(keys.Get("ECDSA").PrivateKeyPem, new CertSubject(CommonName: "x")) { IpAddresses = ["10.0.0"] });

        Assert.Equal("ipAddresses[0] '10.0.0' is not an IPv4 or IPv6 address", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Errors_NeverContainPrivateKeyMaterial()
    {
        var key = keys.Get("RSA");
        var body = key.PrivateKeyPem.Split('\n')[1];

        var result = SelfSignedCertificate.Create(ValidSelfSigned() with { PrivateKeyPem = key.PrivateKeyPem.Replace(body, body[..10]) }, Pki.Now);

        Assert.False(result.IsSuccess);
        Assert.All(result.Errors, e => Assert.DoesNotContain(body[..10], e.Message));
        Assert.DoesNotContain("BEGIN", ValidSelfSigned().ToString());
    }

    private SelfSignedCertArgs ValidSelfSigned() =>
        new(keys.Get("ECDSA").PrivateKeyPem, new CertSubject(CommonName: "valid.example"), 24, ["digital_signature", "server_auth"]);
}
