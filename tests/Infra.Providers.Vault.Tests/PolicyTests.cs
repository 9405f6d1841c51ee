using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class PolicyTests
{
    private const string ReadApp = "path \"secret/data/app/*\" {\n  capabilities = [\"read\", \"list\"]\n}\n";
    private const string WriteApp = "path \"secret/data/app/*\" {\n  capabilities = [\"create\", \"update\"]\n}\n";

    [Fact]
    public async Task Up_PolicyCreatedUpdatedDestroyed_VaultHoldsTheProgramText()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Policy("app", new PolicyArgs { Name = "app-read", PolicyText = ReadApp });
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal(ReadApp, vault.Policies["app-read"]);

        project.Declare = () => _ = new Policy("app", new PolicyArgs { Name = "app-read", PolicyText = WriteApp });
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal(WriteApp, vault.Policies["app-read"]);
        Assert.Contains(("app", "Update"), project.Steps());

        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.False(vault.Policies.ContainsKey("app-read"));
    }

    [Fact]
    public async Task Refresh_PolicyEditedByHand_ShowsAsChangeAndUpRestoresIt()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Policy("app", new PolicyArgs { Name = "app", PolicyText = ReadApp });
        await project.RunOkAsync(p => p.UpAsync());
        vault.Policies["app"] = "path \"*\" { capabilities = [\"sudo\"] }";

        await project.RunOkAsync(p => p.RefreshAsync());
        var preview = await project.RunOkAsync(p => p.PreviewAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Contains(preview.Plan!.Steps, s => s.Urn.EndsWith("::app", StringComparison.Ordinal) && s.Kind == "update");
        Assert.Equal(ReadApp, vault.Policies["app"]);
    }

    [Fact]
    public async Task Up_PolicyWithSyntaxError_FailsWithLineAndColumnBeforeAnyWrite()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Policy("bad", new PolicyArgs { Name = "bad", PolicyText = "path \"secret/*\" {\n  capabilities = [\"read\"\n}\n" });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("policy: HCL syntax error at 3:1: expected ',' or ']'", project.Failures() + result.Message);
        Assert.DoesNotContain(vault.Server.Requests, r => r.Path.Contains("sys/policies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Up_PolicyExistsAlready_FailsWithoutOverwriting()
    {
        using var vault = new FakeVault();
        vault.Policies["taken"] = ReadApp;
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Policy("p", new PolicyArgs { Name = "taken", PolicyText = WriteApp });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Vault policy 'taken' already exists", project.Failures());
        Assert.Equal(ReadApp, vault.Policies["taken"]);
    }

    [Fact]
    public async Task Read_ImportByName_ReturnsTheLiveText()
    {
        using var vault = new FakeVault();
        vault.Policies["ops"] = WriteApp;

        var imported = await VaultFixture.ImportAsync(vault, Policy.TypeToken, "ops");

        Assert.Equal("ops", imported.Id);
        Assert.Equal(WriteApp, imported.Inputs["policy"].StringValue);
    }
}
