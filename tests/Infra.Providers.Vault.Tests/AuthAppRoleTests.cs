using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class AuthAppRoleTests
{
    private static void Declare(string[] policies, string kubernetesHost = "https://k8s.example.test:6443")
    {
        var approle = new AuthBackend("approle", new AuthBackendArgs { Type = "approle", Description = "machines" });
        _ = new AuthBackend("k8s", new AuthBackendArgs { Type = "kubernetes", Path = "k8s", Config = new Dictionary<string, string> { ["kubernetes_host"] = kubernetesHost } });
        var role = new AppRoleRole("ci", new AppRoleRoleArgs
        {
            Name = "ci",
            Backend = approle.Path,
            TokenPolicies = policies,
            TokenTtlSeconds = 1200,
            SecretIdNumUses = 5,
        });
        _ = new AppRoleSecretId("ci-secret", new AppRoleSecretIdArgs { RoleName = role.RoleName, Backend = approle.Path, Metadata = new Dictionary<string, string> { ["owner"] = "ci" } });
    }

    [Fact]
    public async Task Up_AppRoleStack_CreatesBackendRoleAndSecretIdKeptSecret()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["app-read"]);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("approle", vault.Auths["approle"]["type"]!.GetValue<string>());
        Assert.Equal("kubernetes", vault.Auths["k8s"]["type"]!.GetValue<string>());
        var role = vault.Roles["auth/approle/role/ci"];
        Assert.Equal(["app-read"], role["token_policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(1200, role["token_ttl"]!.GetValue<long>());
        Assert.Equal(1, vault.SecretIdCount);
        var state = await project.ExportAsync(showSecrets: false);
        var revealed = await project.ExportAsync(showSecrets: true);
        Assert.Contains(role["role_id"]!.GetValue<string>(), state);
        var secretId = Assert.Single(vault.IssuedSecretIds);
        Assert.Contains(secretId, revealed);
        Assert.DoesNotContain(secretId, state);
    }

    [Fact]
    public async Task Up_RolePoliciesChanged_UpdatesRoleInPlaceAndKeepsSecretId()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["app-read"]);
        await project.RunOkAsync(p => p.UpAsync());
        var roleId = vault.Roles["auth/approle/role/ci"]["role_id"]!.GetValue<string>();

        project.Declare = () => Declare(["app-read", "app-write"]);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["app-read", "app-write"], vault.Roles["auth/approle/role/ci"]["token_policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(roleId, vault.Roles["auth/approle/role/ci"]["role_id"]!.GetValue<string>());
        Assert.Contains(("ci", "Update"), project.Steps());
        Assert.Contains(("ci-secret", "Same"), project.Steps());
        Assert.Equal(1, vault.SecretIdCount);
    }

    [Fact]
    public async Task Refresh_RoleAndBackendConfigChangedByHand_NextUpRestoresBoth()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["app-read"]);
        await project.RunOkAsync(p => p.UpAsync());
        vault.Roles["auth/approle/role/ci"]["token_policies"] = new System.Text.Json.Nodes.JsonArray("root");
        var k8sConfig = vault.Server.Requests.Last(r => r.Method == "POST" && r.Path == "/v1/auth/k8s/config");
        Assert.Equal("https://k8s.example.test:6443", k8sConfig.Json["kubernetes_host"]!.GetValue<string>());

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["app-read"], vault.Roles["auth/approle/role/ci"]["token_policies"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task Destroy_AppRoleStack_RemovesSecretIdRoleAndBackends()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["app-read"]);
        await project.RunOkAsync(p => p.UpAsync());

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Equal(0, vault.SecretIdCount);
        Assert.Empty(vault.Roles);
        Assert.False(vault.Auths.ContainsKey("approle"));
        Assert.False(vault.Auths.ContainsKey("k8s"));
    }

    [Fact]
    public async Task Read_ImportRoleByPath_ReturnsRoleIdAndSettings()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["app-read"]);
        await project.RunOkAsync(p => p.UpAsync());

        var imported = await VaultFixture.ImportAsync(vault, AppRoleRole.TypeToken, "auth/approle/role/ci");

        Assert.Equal("approle", imported.Inputs["backend"].StringValue);
        Assert.Equal("ci", imported.Inputs["name"].StringValue);
        Assert.Equal(vault.Roles["auth/approle/role/ci"]["role_id"]!.GetValue<string>(), imported.Outputs["roleId"].StringValue);
        Assert.Equal(5, imported.Inputs["secretIdNumUses"].NumberValue);
    }
}
