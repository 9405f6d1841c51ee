using Infra.Components.Vault;

namespace Infra.Components.Tests.Rendering;

public sealed class VaultConfigHclTests
{
    public static TheoryData<VaultUnsealArgs, string?> Seals => new()
    {
        { new VaultUnsealArgs(), null },
        { new VaultUnsealArgs { Mode = VaultUnsealMode.Transit, TransitAddress = "https://t:8200", TransitKeyName = "k", TransitTokenSecretName = "tok" }, "seal \"transit\" {\n  address = \"https://t:8200\"\n  key_name = \"k\"\n  mount_path = \"transit/\"" },
        { new VaultUnsealArgs { Mode = VaultUnsealMode.AwsKms, AwsRegion = "eu-west-1", AwsKmsKeyId = "alias/v" }, "seal \"awskms\" {\n  region = \"eu-west-1\"\n  kms_key_id = \"alias/v\"\n}" },
        { new VaultUnsealArgs { Mode = VaultUnsealMode.GcpCkms, GcpProject = "p", GcpRegion = "global", GcpKeyRing = "r", GcpCryptoKey = "k" }, "seal \"gcpckms\" {\n  project = \"p\"\n  region = \"global\"\n  key_ring = \"r\"\n  crypto_key = \"k\"\n}" },
    };

    [Theory]
    [MemberData(nameof(Seals))]
    public void Render_UnsealMode_WritesMatchingSealStanza(VaultUnsealArgs unseal, string? expected)
    {
        var hcl = VaultConfigHcl.Render(new VaultTopology("v", "ns", 3, true), new VaultClusterArgs { Namespace = "ns", Unseal = unseal }).ReplaceLineEndings("\n");
        if (expected is null)
        {
            Assert.DoesNotContain("seal \"", hcl, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, hcl, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("token", hcl, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Render_Replicas_RetryJoinsEveryPeer(int replicas)
    {
        var hcl = VaultConfigHcl.Render(new VaultTopology("v", "ns", replicas, true), new VaultClusterArgs { Namespace = "ns", Replicas = replicas });
        Assert.Equal(replicas, hcl.Split("retry_join {").Length - 1);
        for (var i = 0; i < replicas; i++)
        {
            Assert.Contains($"leader_api_addr = \"https://v-{i}.v-internal.ns.svc.cluster.local:8200\"", hcl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_TlsOff_DisablesListenerTls()
    {
        var hcl = VaultConfigHcl.Render(new VaultTopology("v", "ns", 3, false), new VaultClusterArgs { Namespace = "ns", TlsEnabled = false });
        Assert.Contains("tls_disable = true", hcl, StringComparison.Ordinal);
        Assert.Contains("leader_api_addr = \"http://", hcl, StringComparison.Ordinal);
    }
}
