using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class ClientTests
{
    private static void DeclarePolicy() => _ = new Policy("p", new PolicyArgs { Name = "p", PolicyText = "path \"a/*\" { capabilities = [\"read\"] }" });

    public static TheoryData<int> RetriedStatuses => new() { 429, 500, 503 };

    [Theory]
    [MemberData(nameof(RetriedStatuses))]
    public async Task Up_TransientErrors_AreRetried(int status)
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = DeclarePolicy;
        vault.Server.FailNext(status, 2);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.True(vault.Policies.ContainsKey("p"));
    }

    [Fact]
    public async Task Up_IdempotentWriteAnswerLost_IsRetried()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = DeclarePolicy;
        vault.Server.FailOnce("POST", "sys/policies/acl/p", 500, afterActing: true);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(2, vault.Server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("sys/policies/acl/p", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Up_GenerateAnswerLost_IsNotRetriedSoNothingIsGeneratedTwice()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () =>
        {
            var mount = new Mount("pki-root", new MountArgs { Path = "pki-root", Type = "pki" });
            _ = new PkiRootCert("root", new PkiRootCertArgs { Mount = mount.Path, CommonName = "Root", IssuerName = "root", TtlSeconds = 3600 });
        };
        vault.Server.FailOnce("POST", "root/generate/internal", 500, afterActing: true);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("injected fault after acting", project.Failures());
        Assert.Single(vault.Server.Requests, r => r.Path.EndsWith("root/generate/internal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Up_GenerateRefusedWith429_IsRetried()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () =>
        {
            var mount = new Mount("pki-root", new MountArgs { Path = "pki-root", Type = "pki" });
            _ = new PkiRootCert("root", new PkiRootCertArgs { Mount = mount.Path, CommonName = "Root", IssuerName = "root", TtlSeconds = 3600 });
        };
        vault.Server.FailOnce("POST", "root/generate/internal", 429, afterActing: false);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Single(vault.Issuers);
        Assert.Equal(2, vault.Server.Requests.Count(r => r.Path.EndsWith("root/generate/internal", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Up_ErrorsOutlastRetries_FailWithVaultsMessageAndStatus()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault, ("vault:maxRetries", "1", false));
        project.Declare = DeclarePolicy;
        vault.Server.FailNext(503, 5);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(503 ServiceUnavailable): injected fault", project.Failures());
    }

    [Fact]
    public async Task Up_WrongToken_FailsWithPermissionDeniedAndHint()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault, ("vault:token", "not-a-token", true));
        project.Declare = DeclarePolicy;

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(403 Forbidden): permission denied", project.Failures());
        Assert.Contains("has a policy allowing this path", project.Failures());
    }

    [Fact]
    public async Task Up_NamespaceConfigured_SendsNamespaceHeader()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault, ("vault:namespace", "team-a", false));
        project.Declare = DeclarePolicy;

        await project.RunOkAsync(p => p.UpAsync());

        Assert.All(vault.Server.Requests, r => Assert.Equal("team-a", r.Headers["X-Vault-Namespace"]));
    }

    [Fact]
    public async Task Up_AppRoleLogin_UsesTheIssuedTokenNotTheRootToken()
    {
        using var vault = new FakeVault();
        await using var admin = await VaultFixture.ProjectAsync(vault);
        admin.Declare = () =>
        {
            var approle = new AuthBackend("approle", new AuthBackendArgs { Type = "approle" });
            var role = new AppRoleRole("infra", new AppRoleRoleArgs { Name = "infra", Backend = approle.Path });
            _ = new AppRoleSecretId("infra-secret", new AppRoleSecretIdArgs { RoleName = role.RoleName, Backend = approle.Path });
        };
        await admin.RunOkAsync(p => p.UpAsync());
        var secretId = Assert.Single(vault.IssuedSecretIds);
        var roleId = vault.Roles["auth/approle/role/infra"]["role_id"]!.GetValue<string>();
        var before = vault.Server.Requests.Count;

        await using var machine = await Stacks.EngineProject.CreateAsync(new Infra.Vault.Provider.VaultProviderFactory(),
            ("vault:address", vault.Address, false), ("vault:approleRoleId", roleId, false), ("vault:approleSecretId", secretId, true));
        machine.Declare = DeclarePolicy;
        await machine.RunOkAsync(p => p.UpAsync());

        var calls = vault.Server.Requests.Skip(before).ToList();
        Assert.Equal("/v1/auth/approle/login", calls[0].Path);
        Assert.All(calls.Skip(1), r => Assert.StartsWith("approle-token-", r.Headers["X-Vault-Token"], StringComparison.Ordinal));
        Assert.True(vault.Policies.ContainsKey("p"));
    }
}
