using System.Security.Cryptography.X509Certificates;
using Infra.Properties;

namespace Infra.Providers.Tls.Tests.Provider;

public sealed class TlsProviderLifecycleTests
{
    private readonly ProviderHarness _harness = new();

    public static TheoryData<string, string[], string[]> GeneratedOutputs => new()
    {
        { ProviderHarness.PrivateKey, ["privateKeyPem"], ["publicKeyPem", "publicKeyOpenssh", "publicKeyFingerprintSha256", "publicKeyFingerprintMd5"] },
        { ProviderHarness.SelfSignedCert, [], ["certPem", "validityStartTime", "validityEndTime", "readyForRenewal"] },
        { ProviderHarness.CertRequest, [], ["certRequestPem", "keyAlgorithm"] },
        { ProviderHarness.LocallySignedCert, [], ["certPem", "validityStartTime", "validityEndTime", "readyForRenewal"] },
    };

    [Theory]
    [MemberData(nameof(GeneratedOutputs))]
    public async Task PreviewAsync_NewResource_GeneratedOutputsUnknown(string type, string[] secret, string[] plain)
    {
        var inputs = Props.Of(("algorithm", "RSA"), ("privateKeyPem", Props.SecretUnknown));

        var preview = await _harness.Provider.PreviewAsync(new PreviewRequest("urn:x", type, null, inputs, null), CancellationToken.None);

        Assert.All(secret, key => Assert.Equal(Props.SecretUnknown, preview.Outputs[key]));
        Assert.All(plain, key => Assert.Equal(PropertyValue.Unknown, preview.Outputs[key]));
        Assert.Equal(inputs["privateKeyPem"], preview.Outputs["privateKeyPem"]);
    }

    [Theory]
    [MemberData(nameof(GeneratedOutputs))]
    public async Task CreateAsync_EachType_SecretOutputsWrappedPlainOutputsNot(string type, string[] secret, string[] plain)
    {
        var inputs = type switch
        {
            ProviderHarness.PrivateKey => Props.Of(("algorithm", "ED25519")),
            ProviderHarness.SelfSignedCert => ProviderHarness.CaInputs(await _harness.KeyAsync()),
            ProviderHarness.CertRequest => Props.Of(("privateKeyPem", await _harness.KeyAsync()), ("dnsNames", new[] { "a.example.test" })),
            _ => await _harness.ResolvePlaceholdersAsync(Props.Of(
                ("certRequestPem", ProviderHarness.PlaceholderRequest),
                ("caCertPem", ProviderHarness.PlaceholderCaCert),
                ("caPrivateKeyPem", ProviderHarness.PlaceholderKey),
                ("validityPeriodHours", 24),
                ("allowedUses", new[] { "server_auth" }))),
        };

        var (_, created) = await _harness.CreateAsync(type, inputs);

        Assert.All(secret, key => Assert.Equal(PropertyValueKind.Secret, created.Outputs[key].Kind));
        Assert.All(plain, key => Assert.NotEqual(PropertyValueKind.Secret, created.Outputs[key].Kind));
        Assert.DoesNotContain("PRIVATE KEY", string.Concat(created.Outputs.Where(o => o.Value.Kind != PropertyValueKind.Secret).Select(o => o.Value.ToString())), StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", created.Id, StringComparison.Ordinal);
        Assert.NotEmpty(created.Id);
    }

    [Fact]
    public async Task CreateAsync_SelfSignedCert_ValidityFromClock()
    {
        var (_, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(await _harness.KeyAsync(), hours: 48));

        Assert.Equal(PropertyValue.Create("2026-11-25T12:00:00Z"), created.Outputs["validityStartTime"]);
        Assert.Equal(PropertyValue.Create("2026-11-27T12:00:00Z"), created.Outputs["validityEndTime"]);
        Assert.Equal(PropertyValue.False, created.Outputs["readyForRenewal"]);
        using var certificate = X509Certificate2.CreateFromPem(created.Outputs["certPem"].StringValue);
        Assert.Equal(created.Id, certificate.SerialNumber.ToLowerInvariant());
    }

    [Fact]
    public async Task CreateAsync_MismatchedCaKey_ProviderExceptionWithoutKeyMaterial()
    {
        var inputs = await _harness.ResolvePlaceholdersAsync(Props.Of(
            ("certRequestPem", ProviderHarness.PlaceholderRequest),
            ("caCertPem", ProviderHarness.PlaceholderCaCert),
            ("caPrivateKeyPem", ProviderHarness.PlaceholderOtherKey),
            ("validityPeriodHours", 24),
            ("allowedUses", new[] { "server_auth" })));
        var key = inputs["caPrivateKeyPem"].SecretValue.StringValue;

        var error = await Assert.ThrowsAsync<ProviderException>(() =>
            _harness.Provider.CreateAsync(new CreateRequest("urn:x", ProviderHarness.LocallySignedCert, inputs, null), CancellationToken.None));

        Assert.Contains("caPrivateKeyPem", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Split('\n')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_EarlyRenewalHoursRaised_KeepsCertificateAndRecomputesReadiness()
    {
        var key = await _harness.KeyAsync();
        var (oldInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 0));
        var newInputs = (await _harness.CheckAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 100))).Inputs;

        var updated = await _harness.Provider.UpdateAsync(new UpdateRequest("urn:x", ProviderHarness.SelfSignedCert, created.Id, oldInputs, created.Outputs, newInputs, null), CancellationToken.None);

        Assert.Equal(created.Outputs["certPem"], updated.Outputs["certPem"]);
        Assert.Equal(PropertyValue.True, updated.Outputs["readyForRenewal"]);
        Assert.Equal(PropertyValue.Create(100), updated.Outputs["earlyRenewalHours"]);
    }

    [Fact]
    public async Task PreviewAsync_InPlaceUpdate_KeepsCertificateAndPredictsReadiness()
    {
        var key = await _harness.KeyAsync();
        var (_, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 0));
        var newInputs = (await _harness.CheckAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 100))).Inputs;

        var preview = await _harness.Provider.PreviewAsync(new PreviewRequest("urn:x", ProviderHarness.SelfSignedCert, created.Id, newInputs, created.Outputs), CancellationToken.None);

        Assert.Equal(created.Outputs["certPem"], preview.Outputs["certPem"]);
        Assert.Equal(PropertyValue.True, preview.Outputs["readyForRenewal"]);
    }

    [Fact]
    public async Task ReadAsync_ClockPastRenewalWindow_ReportsReadyForRenewal()
    {
        var (inputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(await _harness.KeyAsync(), hours: 100, earlyRenewalHours: 10));
        _harness.Clock.Advance(TimeSpan.FromHours(91));

        var read = await _harness.Provider.ReadAsync(new ReadRequest("urn:x", ProviderHarness.SelfSignedCert, created.Id, inputs, created.Outputs), CancellationToken.None);

        Assert.Equal(created.Id, read.Id);
        Assert.Equal(PropertyValue.False, created.Outputs["readyForRenewal"]);
        Assert.Equal(PropertyValue.True, read.Outputs["readyForRenewal"]);
        Assert.Equal(created.Outputs.Remove("readyForRenewal"), read.Outputs.Remove("readyForRenewal"));
    }

    [Fact]
    public async Task CreateAsync_UnknownInput_ProviderException()
    {
        var inputs = ProviderHarness.CaInputs(Props.SecretUnknown);

        await Assert.ThrowsAsync<ProviderException>(() =>
            _harness.Provider.CreateAsync(new CreateRequest("urn:x", ProviderHarness.SelfSignedCert, inputs, null), CancellationToken.None));
    }
}
