using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Infra.Engine.Events;
using Infra.Properties;

namespace Infra.Tls.Tests.Stacks;

public sealed class TlsStackTests : IAsyncLifetime
{
    private readonly PkiProject _project = new();

    public async Task InitializeAsync() => await _project.InitAsync();

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [Fact]
    public async Task UpAsync_PkiStack_LeafChainsToCaAndMatchesLeafKey()
    {
        await _project.UpAsync();
        var outputs = await _project.OutputsAsync();

        using var ca = X509Certificate2.CreateFromPem(outputs["caCertPem"].StringValue);
        using var leaf = X509Certificate2.CreateFromPem(outputs["leafCertPem"].StringValue);
        using var chain = ChainTrusting(ca, _project.Clock.GetUtcNow());
        Assert.True(chain.Build(leaf), string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation}")));
        Assert.Equal(ca.Thumbprint, chain.ChainElements[^1].Certificate.Thumbprint);
        Assert.Equal("CN=api.example.test", leaf.Subject);

        var leafKey = outputs["leafKeyPem"];
        Assert.Equal(PropertyValueKind.Secret, leafKey.Kind);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(leafKey.SecretValue.StringValue);
        Assert.Equal(rsa.ExportSubjectPublicKeyInfo(), leaf.PublicKey.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public async Task UpAsync_PkiStack_StateHasPrivateKeysOnlyAsSecrets()
    {
        await _project.UpAsync();

        var redacted = await _project.ExportAsync(showSecrets: false);
        var revealed = await _project.ExportAsync(showSecrets: true);

        Assert.DoesNotContain("PRIVATE KEY", redacted, StringComparison.Ordinal);
        Assert.Contains("BEGIN CERTIFICATE-----", redacted, StringComparison.Ordinal);
        Assert.Contains("BEGIN PRIVATE KEY-----", revealed, StringComparison.Ordinal);
        var shown = string.Join("\n", _project.Ui.Lines.Concat(_project.Events.Events.Select(e => e.ToString())));
        Assert.DoesNotContain("PRIVATE KEY", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpAsync_SecondRun_EveryStepSame()
    {
        await _project.UpAsync();
        var before = await _project.OutputsAsync();

        var second = await _project.UpAsync();

        var custom = second.Plan!.Steps.Where(s => s.Custom).ToList();
        Assert.Equal(5, custom.Count);
        Assert.All(second.Plan.Steps, step => Assert.Equal("same", step.Kind));
        Assert.Equal(before, await _project.OutputsAsync());
    }

    [Fact]
    public async Task UpAsync_LeafInsideRenewalWindow_OnlyLeafReplacedAndStillChains()
    {
        await _project.UpAsync();
        var before = await _project.OutputsAsync();
        _project.Clock.Advance(TimeSpan.FromHours(PkiStack.LeafValidityHours - PkiStack.LeafEarlyRenewalHours + 1));

        var renewal = await _project.UpAsync();

        var changed = renewal.Plan!.Steps.Where(s => s.Kind != "same").ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, step => Assert.EndsWith("::leaf", step.Urn, StringComparison.Ordinal));
        Assert.Contains(changed, step => step.Kind == "replace" && step.ReplacePaths.SequenceEqual(["readyForRenewal"]));
        var after = await _project.OutputsAsync();
        Assert.Equal(before["caCertPem"], after["caCertPem"]);
        Assert.Equal(before["leafKeyPem"], after["leafKeyPem"]);
        Assert.NotEqual(before["leafCertPem"], after["leafCertPem"]);
        Assert.Equal("2026-12-23T13:00:00Z", after["leafValidityStart"].StringValue);
        using var ca = X509Certificate2.CreateFromPem(after["caCertPem"].StringValue);
        using var leaf = X509Certificate2.CreateFromPem(after["leafCertPem"].StringValue);
        using var chain = ChainTrusting(ca, _project.Clock.GetUtcNow().AddHours(PkiStack.LeafValidityHours - 1));
        Assert.True(chain.Build(leaf), string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation}")));
        Assert.Empty(_project.Events.Events.OfType<StepFailedEvent>());
    }

    private static X509Chain ChainTrusting(X509Certificate2 root, DateTimeOffset at)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        return chain;
    }
}
