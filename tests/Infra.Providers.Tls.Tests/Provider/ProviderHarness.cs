using Infra.Properties;

namespace Infra.Providers.Tls.Tests.Provider;

/// <summary>Drives the tls provider the way the engine does (check, then create/diff) with a movable clock.</summary>
internal sealed class ProviderHarness
{
    internal const string PrivateKey = "tls:index/privateKey:PrivateKey";
    internal const string SelfSignedCert = "tls:index/selfSignedCert:SelfSignedCert";
    internal const string CertRequest = "tls:index/certRequest:CertRequest";
    internal const string LocallySignedCert = "tls:index/locallySignedCert:LocallySignedCert";

    internal static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Placeholders that <see cref="ResolvePlaceholdersAsync"/> replaces with real material made through the provider.</summary>
    internal const string PlaceholderKey = "<ca key>";
    internal const string PlaceholderOtherKey = "<other key>";
    internal const string PlaceholderCaCert = "<ca cert>";
    internal const string PlaceholderRequest = "<leaf request>";

    private Dictionary<string, PropertyValue>? _material;

    internal ProviderHarness()
    {
        Clock = new ManualTimeProvider(Start);
        Provider = new TlsProviderFactory(Clock).Create(new ProviderContext("p", "s", Path.GetTempPath(), new Dictionary<string, Deployment.ConfigValue>(), false, new Progress<string>()));
    }

    internal ManualTimeProvider Clock { get; }

    internal IProvider Provider { get; }

    internal async Task<CheckResponse> CheckAsync(string type, PropertyMap inputs) =>
        await Provider.CheckAsync(new CheckRequest("urn:infra:s::p::" + type + "::x", type, null, inputs), CancellationToken.None);

    /// <summary>Checks (asserting no failures) and creates; returns the checked inputs and the outputs.</summary>
    internal async Task<(PropertyMap Inputs, CreateResponse Created)> CreateAsync(string type, PropertyMap inputs)
    {
        var checkedInputs = await CheckAsync(type, inputs);
        Assert.Empty(checkedInputs.Failures);
        var created = await Provider.CreateAsync(new CreateRequest("urn:x", type, checkedInputs.Inputs, null), CancellationToken.None);
        return (checkedInputs.Inputs, created);
    }

    internal async Task<DiffResponse> DiffAsync(string type, PropertyMap oldInputs, PropertyMap oldOutputs, PropertyMap newInputs)
    {
        var checkedInputs = await CheckAsync(type, newInputs);
        Assert.Empty(checkedInputs.Failures);
        return await Provider.DiffAsync(new DiffRequest("urn:x", type, "id", oldInputs, oldOutputs, checkedInputs.Inputs), CancellationToken.None);
    }

    /// <summary>Replaces top-level placeholder strings with a CA key (secret), a CA certificate, another key and a leaf request.</summary>
    internal async Task<PropertyMap> ResolvePlaceholdersAsync(PropertyMap inputs)
    {
        if (_material is null)
        {
            var caKey = await KeyAsync();
            var leafKey = await KeyAsync();
            var (_, ca) = await CreateAsync(SelfSignedCert, CaInputs(caKey));
            var (_, request) = await CreateAsync(CertRequest, Props.Of(("privateKeyPem", leafKey), ("subject", Props.Of(("commonName", "leaf"))), ("dnsNames", new[] { "leaf.example.test" })));
            _material = new Dictionary<string, PropertyValue>(StringComparer.Ordinal)
            {
                [PlaceholderKey] = caKey,
                [PlaceholderOtherKey] = await KeyAsync(),
                [PlaceholderCaCert] = ca.Outputs["certPem"],
                [PlaceholderRequest] = request.Outputs["certRequestPem"],
            };
        }
        return PropertyMap.Create(inputs.Select(p => p.Value.Kind == PropertyValueKind.String && _material.TryGetValue(p.Value.StringValue, out var real)
            ? KeyValuePair.Create(p.Key, real)
            : p));
    }

    internal async Task<PropertyValue> KeyAsync(string algorithm = "ECDSA")
    {
        var (_, created) = await CreateAsync(PrivateKey, Props.Of(("algorithm", algorithm)));
        return created.Outputs["privateKeyPem"];
    }

    /// <summary>Inputs of a CA certificate for <paramref name="key"/>.</summary>
    internal static PropertyMap CaInputs(PropertyValue key, int hours = 87_600, int earlyRenewalHours = 0) => Props.Of(
        ("privateKeyPem", key),
        ("subject", Props.Of(("commonName", "Test CA"), ("organization", "Infra"))),
        ("validityPeriodHours", hours),
        ("allowedUses", new[] { "cert_signing", "crl_signing", "digital_signature" }),
        ("isCaCertificate", true),
        ("earlyRenewalHours", earlyRenewalHours));
}
