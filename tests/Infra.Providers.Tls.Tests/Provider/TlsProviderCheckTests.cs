using Infra.Properties;

namespace Infra.Providers.Tls.Tests.Provider;

public sealed class TlsProviderCheckTests
{
    private const string NotAKey = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n";

    private readonly ProviderHarness _harness = new();

    public static TheoryData<string, string, (string Key, object? Value)[], string[]> InvalidInputs => new()
    {
        { "key without algorithm", ProviderHarness.PrivateKey, [], ["algorithm"] },
        { "key with DSA", ProviderHarness.PrivateKey, [("algorithm", "DSA")], ["algorithm"] },
        { "RSA key of 1024 bits", ProviderHarness.PrivateKey, [("algorithm", "RSA"), ("rsaBits", 1024)], ["rsaBits"] },
        { "rsaBits as text", ProviderHarness.PrivateKey, [("algorithm", "RSA"), ("rsaBits", "big")], ["rsaBits"] },
        { "rsaBits fractional", ProviderHarness.PrivateKey, [("algorithm", "RSA"), ("rsaBits", 2048.5)], ["rsaBits"] },
        { "ECDSA on P224", ProviderHarness.PrivateKey, [("algorithm", "ECDSA"), ("ecdsaCurve", "P224")], ["ecdsaCurve"] },
        { "misspelled property", ProviderHarness.PrivateKey, [("algorithm", "RSA"), ("rsabits", 4096)], ["rsabits"] },
        { "cert with unreadable key", ProviderHarness.SelfSignedCert, Cert(("privateKeyPem", NotAKey)), ["privateKeyPem"] },
        { "cert with no key", ProviderHarness.SelfSignedCert, Cert(("privateKeyPem", null)), ["privateKeyPem"] },
        { "cert valid for 0 hours", ProviderHarness.SelfSignedCert, Cert(("validityPeriodHours", 0)), ["validityPeriodHours"] },
        { "cert with negative early renewal", ProviderHarness.SelfSignedCert, Cert(("earlyRenewalHours", -1)), ["earlyRenewalHours"] },
        { "cert with unknown use", ProviderHarness.SelfSignedCert, Cert(("allowedUses", new[] { "server_auth", "bogus" })), ["allowedUses[1]"] },
        { "cert without uses", ProviderHarness.SelfSignedCert, Cert(("allowedUses", null)), ["allowedUses"] },
        { "cert with bad DNS name", ProviderHarness.SelfSignedCert, Cert(("dnsNames", new[] { "ok.example", "bad name!" })), ["dnsNames[1]"] },
        { "cert with short IPv4", ProviderHarness.SelfSignedCert, Cert(("ipAddresses", new[] { "10.1.2" })), ["ipAddresses[0]"] },
        { "cert with 3-letter country", ProviderHarness.SelfSignedCert, Cert(("subject", Props.Of(("country", "NLD")))), ["subject.country"] },
        { "cert with long street", ProviderHarness.SelfSignedCert, Cert(("subject", Props.Of(("streetAddresses", new[] { new string('s', 129) })))), ["subject.streetAddresses[0]"] },
        { "cert with unknown subject field", ProviderHarness.SelfSignedCert, Cert(("subject", Props.Of(("cn", "x")))), ["subject.cn"] },
        { "cert naming nothing", ProviderHarness.SelfSignedCert, Cert(("subject", PropertyMap.Empty)), ["subject"] },
        { "cert with isCaCertificate as text", ProviderHarness.SelfSignedCert, Cert(("isCaCertificate", "yes")), ["isCaCertificate"] },
        { "several problems at once", ProviderHarness.SelfSignedCert, Cert(("validityPeriodHours", -5), ("allowedUses", new[] { "nope" })), ["validityPeriodHours", "allowedUses[0]"] },
        { "request naming nothing", ProviderHarness.CertRequest, [("privateKeyPem", ProviderHarness.PlaceholderKey)], ["subject"] },
        { "request with bad URI", ProviderHarness.CertRequest, [("privateKeyPem", ProviderHarness.PlaceholderKey), ("uris", new[] { "not a uri" })], ["uris[0]"] },
        { "signed cert from garbage request", ProviderHarness.LocallySignedCert, Signed(("certRequestPem", "garbage")), ["certRequestPem"] },
        { "signed cert with bad CA cert", ProviderHarness.LocallySignedCert, Signed(("caCertPem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")), ["caCertPem"] },
        { "unknown resource type", "tls:index/nope:Nope", [], ["type"] },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task CheckAsync_InvalidInput_FailsNamingField(string scenario, string type, (string Key, object? Value)[] inputs, string[] fields)
    {
        var response = await _harness.CheckAsync(type, await ResolveAsync(inputs));

        Assert.Equal(fields.Order(StringComparer.Ordinal), response.Failures.Select(f => f.Property).Distinct().Order(StringComparer.Ordinal));
        Assert.All(response.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason), scenario));
    }

    public static TheoryData<string, string, (string Key, object? Value)[]> ValidInputs => new()
    {
        { "RSA key", ProviderHarness.PrivateKey, [("algorithm", "RSA"), ("rsaBits", 3072)] },
        { "lower-case ed25519 key", ProviderHarness.PrivateKey, [("algorithm", "ed25519")] },
        { "ECDSA key on P384", ProviderHarness.PrivateKey, [("algorithm", "ECDSA"), ("ecdsaCurve", "P384")] },
        { "CA certificate", ProviderHarness.SelfSignedCert, Cert() },
        { "cert with names only", ProviderHarness.SelfSignedCert, Cert(("subject", null), ("dnsNames", new[] { "*.example.test" }), ("ipAddresses", new[] { "::1" })) },
        { "cert whose key is not known yet", ProviderHarness.SelfSignedCert, Cert(("privateKeyPem", Props.SecretUnknown)) },
        { "cert whose names are not known yet", ProviderHarness.SelfSignedCert, Cert(("subject", PropertyMap.Empty), ("dnsNames", PropertyValue.Unknown)) },
        { "request", ProviderHarness.CertRequest, [("privateKeyPem", ProviderHarness.PlaceholderKey), ("subject", Props.Of(("commonName", "api")))] },
        { "signed cert", ProviderHarness.LocallySignedCert, Signed() },
        { "signed cert whose CA is not known yet", ProviderHarness.LocallySignedCert, Signed(("caCertPem", PropertyValue.Unknown), ("caPrivateKeyPem", Props.SecretUnknown)) },
    };

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public async Task CheckAsync_ValidInput_NoFailures(string scenario, string type, (string Key, object? Value)[] inputs)
    {
        var response = await _harness.CheckAsync(type, await ResolveAsync(inputs));

        Assert.True(response.Failures.Count == 0, scenario + ": " + string.Join("; ", response.Failures));
    }

    [Fact]
    public async Task CheckAsync_KeyMatchingOtherCa_FailsOnCaPrivateKeyPem()
    {
        var inputs = await ResolveAsync(Signed(("caPrivateKeyPem", ProviderHarness.PlaceholderOtherKey)));

        var response = await _harness.CheckAsync(ProviderHarness.LocallySignedCert, inputs);

        Assert.Equal("caPrivateKeyPem", Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task CheckAsync_LeafAsIssuer_FailsOnCaCertPem()
    {
        var inputs = await ResolveAsync(Signed());
        var leafKey = await _harness.KeyAsync();
        var (_, leaf) = await _harness.CreateAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(leafKey).SetItem("isCaCertificate", PropertyValue.False));
        inputs = inputs.SetItem("caCertPem", leaf.Outputs["certPem"]).SetItem("caPrivateKeyPem", leafKey);

        var response = await _harness.CheckAsync(ProviderHarness.LocallySignedCert, inputs);

        Assert.Contains(response.Failures, f => f.Property == "caCertPem" && f.Reason.Contains("not a CA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_PlainKeyInput_StoredAsSecretWithDefaults()
    {
        var key = (await _harness.KeyAsync()).SecretValue.StringValue;

        var response = await _harness.CheckAsync(ProviderHarness.SelfSignedCert, ProviderHarness.CaInputs(PropertyValue.Create(key)).Remove("earlyRenewalHours"));

        Assert.Empty(response.Failures);
        Assert.Equal(PropertyValueKind.Secret, response.Inputs["privateKeyPem"].Kind);
        Assert.Equal(PropertyValue.Create(0), response.Inputs["earlyRenewalHours"]);
        Assert.Equal(PropertyValue.True, response.Inputs["setSubjectKeyId"]);
    }

    // Cut where the base64 stays well-formed (the key fails to decode) or does not (the text is not PEM): the reason
    // names what was expected, never any of the key's own lines.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task CheckAsync_TruncatedRealKey_ReasonDoesNotEchoKey(int extraCharacters)
    {
        var pem = (await _harness.KeyAsync("RSA")).SecretValue.StringValue;
        var keyLines = pem.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal)).ToList();
        var header = pem.IndexOf('\n') + 1;
        var cut = header + ((pem.Length - header) / 2 / 65 * 65) + extraCharacters;
        var truncated = pem[..cut].TrimEnd('\n') + "\n-----END PRIVATE KEY-----\n";

        var response = await _harness.CheckAsync(ProviderHarness.CertRequest, Props.Of(("privateKeyPem", truncated), ("subject", Props.Of(("commonName", "x")))));

        var failure = Assert.Single(response.Failures);
        Assert.Equal("privateKeyPem", failure.Property);
        Assert.DoesNotContain(keyLines, line => failure.Reason.Contains(line, StringComparison.Ordinal));
        Assert.DoesNotContain("-----END", failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>CA certificate inputs with some entries replaced (a null value removes the entry).</summary>
    private static (string Key, object? Value)[] Cert(params (string Key, object? Value)[] changes) =>
        Merge(
            [
                ("privateKeyPem", ProviderHarness.PlaceholderKey),
                ("subject", Props.Of(("commonName", "Test CA"))),
                ("validityPeriodHours", 100),
                ("allowedUses", new[] { "cert_signing", "digital_signature" }),
                ("isCaCertificate", true),
            ],
            changes);

    /// <summary>Locally signed certificate inputs (request, CA and CA key made by the harness) with some entries replaced.</summary>
    private static (string Key, object? Value)[] Signed(params (string Key, object? Value)[] changes) =>
        Merge(
            [
                ("certRequestPem", ProviderHarness.PlaceholderRequest),
                ("caCertPem", ProviderHarness.PlaceholderCaCert),
                ("caPrivateKeyPem", ProviderHarness.PlaceholderKey),
                ("validityPeriodHours", 24),
                ("allowedUses", new[] { "server_auth" }),
            ],
            changes);

    private static (string Key, object? Value)[] Merge((string Key, object? Value)[] defaults, (string Key, object? Value)[] changes) =>
        [.. defaults.Where(d => !changes.Any(c => c.Key == d.Key)), .. changes.Where(c => c.Value is not null)];

    private Task<PropertyMap> ResolveAsync((string Key, object? Value)[] inputs) => _harness.ResolvePlaceholdersAsync(Props.Of(inputs));
}
