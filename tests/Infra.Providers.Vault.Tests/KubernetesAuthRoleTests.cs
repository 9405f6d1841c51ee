using System.Text.Json.Nodes;
using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class KubernetesAuthRoleTests
{
    private static void Declare(string[] namespaces)
    {
        var k8s = new AuthBackend("k8s", new AuthBackendArgs { Type = "kubernetes", Config = new Dictionary<string, string> { ["kubernetes_host"] = "https://k8s.test:6443" } });
        _ = new KubernetesAuthRole("web", new KubernetesAuthRoleArgs
        {
            Name = "web",
            Backend = k8s.Path,
            BoundServiceAccountNames = new[] { "web" },
            BoundServiceAccountNamespaces = namespaces,
            TokenPolicies = new[] { "web-read" },
            TokenTtlSeconds = 600,
        });
    }

    private static string[] Namespaces(FakeVault vault) =>
        [.. vault.Roles["auth/kubernetes/role/web"]["bound_service_account_namespaces"]!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public async Task Up_RoleCreatedThenNamespacesChanged_UpdatesInPlace()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["prod"]);
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal(["prod"], Namespaces(vault));

        project.Declare = () => Declare(["prod", "staging"]);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["prod", "staging"], Namespaces(vault));
        Assert.Contains(("web", "Update"), project.Steps());
    }

    [Fact]
    public async Task Refresh_NamespacesWidenedByHand_NextUpNarrowsThemAgain()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["prod"]);
        await project.RunOkAsync(p => p.UpAsync());
        vault.Roles["auth/kubernetes/role/web"]["bound_service_account_namespaces"] = new JsonArray("*");

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["prod"], Namespaces(vault));
    }

    [Fact]
    public async Task Up_NoNamespaces_FailsCheck()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare([]);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("boundServiceAccountNamespaces", project.Failures() + result.Message);
        Assert.Empty(vault.Roles);
    }

    [Fact]
    public async Task Read_ImportByPath_ReturnsBindings()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(["prod"]);
        await project.RunOkAsync(p => p.UpAsync());

        var imported = await VaultFixture.ImportAsync(vault, KubernetesAuthRole.TypeToken, "auth/kubernetes/role/web");

        Assert.Equal("kubernetes", imported.Inputs["backend"].StringValue);
        Assert.Equal("web", imported.Inputs["boundServiceAccountNames"].ArrayValue[0].StringValue);
        Assert.Equal(600, imported.Inputs["tokenTtlSeconds"].NumberValue);
    }
}
