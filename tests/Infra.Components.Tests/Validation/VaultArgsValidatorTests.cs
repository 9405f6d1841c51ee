using Infra.Components.Vault;

namespace Infra.Components.Tests.Validation;

public sealed class VaultArgsValidatorTests
{
    private static readonly VaultUnsealArgs Aws = new() { Mode = VaultUnsealMode.AwsKms, AwsRegion = "eu-west-1", AwsKmsKeyId = "alias/vault" };

    public static TheoryData<string, VaultClusterArgs, string?> Cases => new()
    {
        { "defaults", new VaultClusterArgs { Namespace = "vault" }, null },
        { "production with KMS", new VaultClusterArgs { Namespace = "vault", Replicas = 5, Production = true, Unseal = Aws }, null },
        { "even replicas", new VaultClusterArgs { Namespace = "vault", Replicas = 6 }, "Replicas: must be odd" },
        { "Shamir in production", new VaultClusterArgs { Namespace = "vault", Production = true }, "Unseal.Mode: must be an auto-unseal" },
        { "TLS off in production", new VaultClusterArgs { Namespace = "vault", Production = true, TlsEnabled = false, Unseal = Aws }, "TlsEnabled: must be true in a production stack" },
        { "transit without key", new VaultClusterArgs { Namespace = "vault", Unseal = new VaultUnsealArgs { Mode = VaultUnsealMode.Transit, TransitAddress = "https://t:8200", TransitTokenSecretName = "tok" } }, "Unseal.TransitKeyName: is required" },
        { "transit with bad address", new VaultClusterArgs { Namespace = "vault", Unseal = new VaultUnsealArgs { Mode = VaultUnsealMode.Transit, TransitAddress = "not a url", TransitKeyName = "k", TransitTokenSecretName = "tok" } }, "Unseal.TransitAddress: must be an absolute URL" },
        { "AWS without region", new VaultClusterArgs { Namespace = "vault", Unseal = Aws with { AwsRegion = null } }, "Unseal.AwsRegion: is required" },
        { "GCP without key ring", new VaultClusterArgs { Namespace = "vault", Unseal = new VaultUnsealArgs { Mode = VaultUnsealMode.GcpCkms, GcpProject = "p", GcpRegion = "global", GcpCryptoKey = "k" } }, "Unseal.GcpKeyRing: is required" },
        { "bad audit size", new VaultClusterArgs { Namespace = "vault", Audit = new VaultAuditArgs { Storage = new StorageArgs { Size = "5Gb" } } }, "Audit.Storage.Size" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Args_ReportsProblemNamingTheArg(string scenario, VaultClusterArgs args, string? expected)
    {
        var problems = VaultArgsValidator.Check("vault", args).Problems;
        if (expected is null)
        {
            Assert.True(problems.Count == 0, scenario + ": " + string.Join("; ", problems));
        }
        else
        {
            Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        }
    }
}
