using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Infra.Policy.Tests.Builtins;

public sealed class X509Tests
{
    private static (string RootPem, string LeafPem) Chain()
    {
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootReq = new CertificateRequest("CN=Test Root", rootKey, HashAlgorithmName.SHA256);
        rootReq.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var root = rootReq.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafReq = new CertificateRequest("CN=svc.example.test", leafKey, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("svc.example.test");
        leafReq.CertificateExtensions.Add(san.Build());
        using var leaf = leafReq.Create(root, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), [1, 2, 3, 4]);
        return (root.ExportCertificatePem(), leaf.ExportCertificatePem());
    }

    [Theory]
    [InlineData("{}", true)]
    [InlineData("{\"DNSName\": \"svc.example.test\"}", true)]
    [InlineData("{\"DNSName\": \"other.example.test\"}", false)]
    public async Task ParseAndVerifyWithOptions_GeneratedChain_ChecksNameAndChain(string options, bool valid)
    {
        var (root, leaf) = Chain();
        var engine = new RegoEngine();
        var input = new JsonObject { ["certs"] = root + "\n" + leaf, ["options"] = JsonNode.Parse(options) };
        var r = await engine.EvaluateAsync("v := crypto.x509.parse_and_verify_certificates_with_options(input.certs, input.options)", input, CancellationToken.None);
        var row = Assert.Single(r.Rows);
        Assert.Equal(valid, row["v"]![0]!.GetValue<bool>());
        if (valid) Assert.Equal("svc.example.test", row["v"]![1]![0]!["DNSNames"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ParseAndVerify_UnrelatedRoot_IsInvalid()
    {
        var (_, leaf) = Chain();
        var (otherRoot, _) = Chain();
        var engine = new RegoEngine();
        var input = new JsonObject { ["certs"] = otherRoot + "\n" + leaf };
        var r = await engine.EvaluateAsync("v := crypto.x509.parse_and_verify_certificates(input.certs)", input, CancellationToken.None);
        Assert.Equal("[false,[]]", Assert.Single(r.Rows)["v"]!.ToJsonString());
    }
}
