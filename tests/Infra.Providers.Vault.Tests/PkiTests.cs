using System.Security.Cryptography.X509Certificates;
using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class PkiTests
{
    private static void Declare(string rootName = "Platform Root CA", string[]? domains = null, int roleTtl = 3600)
    {
        var rootMount = new Mount("pki-root", new MountArgs { Path = "pki-root", Type = "pki", MaxLeaseTtlSeconds = 87600 * 3600 });
        var intMount = new Mount("pki-int", new MountArgs { Path = "pki-int", Type = "pki" });
        var root = new PkiRootCert("root", new PkiRootCertArgs { Mount = rootMount.Path, CommonName = rootName, IssuerName = "root", TtlSeconds = 87600 * 3600 });
        var intermediate = new PkiIntermediate("int", new PkiIntermediateArgs { Mount = intMount.Path, SignerMount = root.Mount, SignerIssuerRef = root.IssuerId, CommonName = "Platform Intermediate CA", IssuerName = "int" });
        _ = new PkiRole("web", new PkiRoleArgs
        {
            Mount = intermediate.Mount,
            Name = "web",
            IssuerRef = intermediate.IssuerId,
            AllowedDomains = domains ?? ["svc.cluster.local"],
            AllowSubdomains = true,
            KeyType = "ec",
            KeyBits = 256,
            TtlSeconds = roleTtl,
        });
    }

    private static string Issuer(FakeVault vault, string mount) =>
        Assert.Single(vault.Issuers, i => i.Key.StartsWith(mount + "/", StringComparison.Ordinal) && i.Value.KeyId.Length > 0).Key;

    [Fact]
    public async Task Up_RootIntermediateAndRole_IntermediateChainsToRootAndDestroyRemovesIssuers()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();

        await project.RunOkAsync(p => p.UpAsync());

        var root = vault.Issuers[Issuer(vault, "pki-root")];
        var intermediateId = Issuer(vault, "pki-int");
        var intermediate = vault.Issuers[intermediateId];
        Assert.Equal("root", root.Name);
        Assert.Equal("int", intermediate.Name);
        Assert.Equal("CN=Platform Root CA", intermediate.Certificate.Issuer);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.Add(root.Certificate);
        Assert.True(chain.Build(intermediate.Certificate));
        var role = vault.PkiRoles["pki-int/roles/web"];
        Assert.Equal(intermediateId["pki-int/issuer/".Length..], role["issuer_ref"]!.GetValue<string>());
        Assert.Equal(3600, role["ttl"]!.GetValue<long>());

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.DoesNotContain(vault.Issuers.Keys, k => k == intermediateId);
        Assert.DoesNotContain(vault.Issuers, i => i.Value.KeyId.Length > 0);
        Assert.Empty(vault.PkiKeys);
        Assert.Empty(vault.PkiRoles);
    }

    [Fact]
    public async Task Up_RootCommonNameChanged_ReplacesRootAndIntermediateAndDeletesOldIssuers()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        var oldRoot = Issuer(vault, "pki-root");

        project.Declare = () => Declare(rootName: "Platform Root CA 2");
        await project.RunOkAsync(p => p.UpAsync());

        var newRoot = Issuer(vault, "pki-root");
        Assert.NotEqual(oldRoot, newRoot);
        Assert.Equal("CN=Platform Root CA 2", vault.Issuers[newRoot].Certificate.Subject);
        Assert.Equal("CN=Platform Root CA 2", vault.Issuers[Issuer(vault, "pki-int")].Certificate.Issuer);
        Assert.Contains(("root", "Replace"), project.Steps());
        Assert.Contains(("int", "Replace"), project.Steps());
        Assert.DoesNotContain(oldRoot, vault.Issuers.Keys);
    }

    [Fact]
    public async Task Up_RoleDomainsChanged_UpdatesRoleInPlace()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare(domains: ["svc.cluster.local", "example.test"], roleTtl: 7200);
        await project.RunOkAsync(p => p.UpAsync());

        var role = vault.PkiRoles["pki-int/roles/web"];
        Assert.Equal(["svc.cluster.local", "example.test"], role["allowed_domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(7200, role["ttl"]!.GetValue<long>());
        Assert.Contains(("web", "Update"), project.Steps());
        Assert.Contains(("int", "Same"), project.Steps());
    }

    [Fact]
    public async Task Refresh_RoleEditedByHand_NextUpRestoresIt()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        vault.PkiRoles["pki-int/roles/web"]["allow_any_name"] = true;
        vault.PkiRoles["pki-int/roles/web"]["allowed_domains"] = new System.Text.Json.Nodes.JsonArray("evil.test");

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        var role = vault.PkiRoles["pki-int/roles/web"];
        Assert.Equal(["svc.cluster.local"], role["allowed_domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.False(role["allow_any_name"]!.GetValue<bool>());
        var preview = await project.RunOkAsync(p => p.PreviewAsync());
        Assert.All(preview.Plan!.Steps, s => Assert.Equal("same", s.Kind));
    }

    [Fact]
    public async Task Refresh_RootIssuerDeletedByHand_NextUpCreatesANewRoot()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new PkiRootCert("root", new PkiRootCertArgs { Mount = new Mount("pki", new MountArgs { Path = "pki", Type = "pki" }).Path, CommonName = "Lone Root" });
        await project.RunOkAsync(p => p.UpAsync());
        var deleted = Issuer(vault, "pki");
        vault.RemoveIssuerByHand(deleted);

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        var recreated = Issuer(vault, "pki");
        Assert.NotEqual(deleted, recreated);
        Assert.Equal("CN=Lone Root", vault.Issuers[recreated].Certificate.Subject);
        Assert.Contains(("root", "Create"), project.Steps());
    }

    [Fact]
    public async Task Read_ImportRootAndRole_ReportsLiveSubjectAndSettings()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        var root = await VaultFixture.ImportAsync(vault, PkiRootCert.TypeToken, Issuer(vault, "pki-root"));
        var role = await VaultFixture.ImportAsync(vault, PkiRole.TypeToken, "pki-int/roles/web");

        Assert.Equal("Platform Root CA", root.Inputs["commonName"].StringValue);
        Assert.Equal("pki-root", root.Inputs["mount"].StringValue);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", root.Outputs["certificate"].StringValue, StringComparison.Ordinal);
        Assert.Equal("web", role.Inputs["name"].StringValue);
        Assert.Equal(256, role.Inputs["keyBits"].NumberValue);
        Assert.Null((await VaultFixture.ImportAsync(vault, PkiRootCert.TypeToken, "pki-root/issuer/missing")).Id);
    }

    [Fact]
    public async Task Up_IntermediateSignedByItsOwnMount_FailsCheck()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new PkiIntermediate("int", new PkiIntermediateArgs { Mount = "pki", SignerMount = "pki", CommonName = "x" });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("signerMount", project.Failures() + result.Message);
        Assert.Empty(vault.Issuers);
    }
}
