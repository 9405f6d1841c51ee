using Infra.Properties;

namespace Infra.Providers.Tls.Tests.Provider;

public sealed class TlsProviderDiffTests
{
    private readonly ProviderHarness _harness = new();

    public static TheoryData<string, object> ReplacingKeyChanges => new()
    {
        { "algorithm", "ED25519" },
        { "ecdsaCurve", "P384" },
        { "rsaBits", 4096 },
    };

    [Theory]
    [MemberData(nameof(ReplacingKeyChanges))]
    public async Task DiffAsync_KeyInputChanged_Replaces(string key, object value)
    {
        var inputs = Props.Of(("algorithm", "ECDSA"));
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.PrivateKey, inputs);

        var diff = await _harness.DiffAsync(ProviderHarness.PrivateKey, checkedInputs, created.Outputs, inputs.SetItem(key, Props.Value(value)));

        Assert.Equal([key], diff.ChangedPaths);
        Assert.Equal([key], diff.ReplacePaths);
    }

    public static TheoryData<string, object> ReplacingCertChanges => new()
    {
        { "validityPeriodHours", 200 },
        { "allowedUses", new[] { "cert_signing" } },
        { "dnsNames", new[] { "ca.example.test" } },
        { "isCaCertificate", false },
        { "subject", Props.Of(("commonName", "Renamed CA")) },
        { "setAuthorityKeyId", true },
    };

    [Theory]
    [MemberData(nameof(ReplacingCertChanges))]
    public async Task DiffAsync_CertInputChanged_Replaces(string key, object value)
    {
        var inputs = ProviderHarness.CaInputs(await _harness.KeyAsync(), hours: 100);
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, inputs);

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, inputs.SetItem(key, Props.Value(value)));

        Assert.NotEmpty(diff.ReplacePaths);
        Assert.All(diff.ReplacePaths, path => Assert.Equal(key, PropertyDiff.TopLevelKey(path)));
    }

    [Fact]
    public async Task DiffAsync_NewKeyForCert_ReplacesWithoutRevealingKey()
    {
        var inputs = ProviderHarness.CaInputs(await _harness.KeyAsync());
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, inputs);

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, inputs.SetItem("privateKeyPem", await _harness.KeyAsync()));

        Assert.Equal(["privateKeyPem"], diff.ReplacePaths);
    }

    [Fact]
    public async Task DiffAsync_KeyNotKnownYet_Replaces()
    {
        var inputs = ProviderHarness.CaInputs(await _harness.KeyAsync());
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, inputs);

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, inputs.SetItem("privateKeyPem", Props.SecretUnknown));

        Assert.Equal(["privateKeyPem"], diff.ReplacePaths);
    }

    [Fact]
    public async Task DiffAsync_SameInputsPlainVersusSecretKey_NoChange()
    {
        var key = await _harness.KeyAsync();
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key));

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, ProviderHarness.CaInputs(key.Unsecret()));

        Assert.Empty(diff.ChangedPaths);
        Assert.Empty(diff.ReplacePaths);
    }

    [Fact]
    public async Task DiffAsync_EarlyRenewalHoursChanged_UpdatesInPlace()
    {
        var key = await _harness.KeyAsync();
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 10));

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 20));

        Assert.Equal(["earlyRenewalHours"], diff.ChangedPaths);
        Assert.Empty(diff.ReplacePaths);
    }

    public static TheoryData<string, int, int, bool> RenewalClock => new()
    {
        { "just issued", 0, 10, false },
        { "halfway", 50, 10, false },
        { "one hour before the window", 89, 10, false },
        { "at the start of the window", 90, 10, true },
        { "inside the window", 95, 10, true },
        { "expired", 150, 10, true },
        { "expired, no early renewal", 101, 0, true },
        { "just before expiry, no early renewal", 99, 0, false },
    };

    [Theory]
    [MemberData(nameof(RenewalClock))]
    public async Task DiffAsync_SelfSignedCertAfterHours_ReplacesInsideRenewalWindow(string scenario, int hoursLater, int earlyRenewalHours, bool replaced)
    {
        var inputs = ProviderHarness.CaInputs(await _harness.KeyAsync(), hours: 100, earlyRenewalHours: earlyRenewalHours);
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, inputs);
        _harness.Clock.Advance(TimeSpan.FromHours(hoursLater));

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, inputs);

        Assert.True(replaced == diff.ReplacePaths.SequenceEqual(["readyForRenewal"]), scenario);
        Assert.Equal(replaced, diff.ChangedPaths.Contains("readyForRenewal"));
    }

    [Theory]
    [MemberData(nameof(RenewalClock))]
    public async Task DiffAsync_LocallySignedCertAfterHours_ReplacesInsideRenewalWindow(string scenario, int hoursLater, int earlyRenewalHours, bool replaced)
    {
        var inputs = await _harness.ResolvePlaceholdersAsync(Props.Of(
            ("certRequestPem", ProviderHarness.PlaceholderRequest),
            ("caCertPem", ProviderHarness.PlaceholderCaCert),
            ("caPrivateKeyPem", ProviderHarness.PlaceholderKey),
            ("validityPeriodHours", 100),
            ("allowedUses", new[] { "server_auth" }),
            ("earlyRenewalHours", earlyRenewalHours)));
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.LocallySignedCert, inputs);
        _harness.Clock.Advance(TimeSpan.FromHours(hoursLater));

        var diff = await _harness.DiffAsync(ProviderHarness.LocallySignedCert, checkedInputs, created.Outputs, inputs);

        Assert.True(replaced == diff.ReplacePaths.SequenceEqual(["readyForRenewal"]), scenario);
    }

    [Fact]
    public async Task DiffAsync_RaisingEarlyRenewalIntoWindow_Replaces()
    {
        var key = await _harness.KeyAsync();
        var (checkedInputs, created) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 10));
        _harness.Clock.Advance(TimeSpan.FromHours(60));

        var diff = await _harness.DiffAsync(ProviderHarness.SelfSignedCert, checkedInputs, created.Outputs, ProviderHarness.CaInputs(key, hours: 100, earlyRenewalHours: 50));

        Assert.Equal(["readyForRenewal"], diff.ReplacePaths);
        Assert.Equal(["earlyRenewalHours", "readyForRenewal"], diff.ChangedPaths);
    }
}
