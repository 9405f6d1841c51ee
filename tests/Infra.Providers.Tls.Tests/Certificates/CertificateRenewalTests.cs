namespace Infra.Providers.Tls.Tests.Certificates;

public sealed class CertificateRenewalTests(TestKeys keys) : IClassFixture<TestKeys>
{
    public static TheoryData<double, int, bool> Moments => new()
    {
        { 0, 2, false },
        { 7.99, 2, false },
        { 8, 2, true },
        { 9.5, 2, true },
        { 11, 2, true },
        { 9.99, 0, false },
        { 10, 0, true },
        { 0, 10, true },
        { 0, 24, true },
        { -1, 0, false },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void ReadyForRenewal_AtMoment_MatchesEarlyRenewalWindow(double hoursAfterIssue, int earlyRenewalHours, bool expected)
    {
        var cert = Pki.CreateCa(keys.Get("ECDSA"), hours: 10);

        var ready = CertificateRenewal.ReadyForRenewal(cert.CertPem, earlyRenewalHours, Pki.Now.AddHours(hoursAfterIssue));

        Assert.Equal(expected, Pki.Ok(ready));
    }

    [Fact]
    public void ReadyForRenewal_TimeProvider_ReadsItsClock()
    {
        var cert = Pki.CreateCa(keys.Get("ECDSA"), hours: 10);

        Assert.False(Pki.Ok(CertificateRenewal.ReadyForRenewal(cert.CertPem, 1, new FixedTimeProvider(Pki.Now.AddHours(8.9)))));
        Assert.True(Pki.Ok(CertificateRenewal.ReadyForRenewal(cert.CertPem, 1, new FixedTimeProvider(Pki.Now.AddHours(9)))));
    }

    [Fact]
    public void Create_EarlyRenewalCoversWholeValidity_ReportsReadyAtIssue()
    {
        var caKey = keys.Get("ECDSA");
        var ca = Pki.CreateCa(caKey);

        var leaf = Pki.Sign(Pki.CreateRequest(keys.Get("RSA")), ca, caKey, hours: 24, earlyRenewalHours: 24);

        Assert.True(leaf.ReadyForRenewal);
    }

    [Theory]
    [InlineData("", 0, "certPem is required")]
    [InlineData("junk", 0, "certPem is not a PEM certificate (expected -----BEGIN CERTIFICATE-----)")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", 0, "certPem is not a readable X.509 certificate")]
    public void ReadyForRenewal_BadCertificate_NamesField(string pem, int earlyRenewalHours, string expected)
    {
        var result = CertificateRenewal.ReadyForRenewal(pem, earlyRenewalHours, Pki.Now);

        Assert.Equal(expected, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void ReadyForRenewal_NegativeHours_NamesField()
    {
        var cert = Pki.CreateCa(keys.Get("ECDSA"), hours: 10);

        var result = CertificateRenewal.ReadyForRenewal(cert.CertPem, -1, Pki.Now);

        Assert.Equal("earlyRenewalHours must be zero or positive (got -1)", Assert.Single(result.Errors).Message);
    }
}
