using System.Text.Json.Nodes;
using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class KvSecretTests
{
    private static async Task<(FakeVault Vault, Stacks.EngineProject Project)> StartAsync()
    {
        var vault = new FakeVault();
        var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare("s3cr3t-one");
        await project.RunOkAsync(p => p.UpAsync());
        return (vault, project);
    }

    private static void Declare(string password, int? deleteAfter = null)
    {
        var mount = new Mount("kv", new MountArgs { Path = "secret", Type = "kv-v2" });
        _ = new KvSecret("db", new KvSecretArgs
        {
            Mount = mount.Path,
            Name = "app/db",
            Data = new Dictionary<string, string> { ["username"] = "app", ["password"] = password },
            DeleteVersionAfterSeconds = deleteAfter,
        });
    }

    [Fact]
    public async Task Up_DataChanged_WritesNewVersionWithCheckAndSet()
    {
        var (vault, project) = await StartAsync();
        using var _ = vault;
        await using var __ = project;
        Assert.Equal("s3cr3t-one", vault.LatestSecret("secret", "app/db")!["password"]!.GetValue<string>());

        project.Declare = () => Declare("s3cr3t-two");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("s3cr3t-two", vault.LatestSecret("secret", "app/db")!["password"]!.GetValue<string>());
        var writes = vault.Server.Requests.Where(r => r.Method == "POST" && r.Path == "/v1/secret/data/app/db").ToList();
        Assert.Equal([0L, 1L], writes.Select(w => w.Json["options"]!["cas"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Export_WithoutShowSecrets_HasNoSecretValue()
    {
        var (vault, project) = await StartAsync();
        using var _ = vault;
        await using var __ = project;

        var redacted = await project.ExportAsync(showSecrets: false);
        var revealed = await project.ExportAsync(showSecrets: true);

        Assert.DoesNotContain("s3cr3t-one", redacted);
        Assert.DoesNotContain(FakeVault.RootToken, redacted);
        Assert.Contains("s3cr3t-one", revealed);
    }

    [Fact]
    public async Task Up_SecretWrittenByHandSinceLastRefresh_FailsOnCheckAndSetAndKeepsTheirValue()
    {
        var (vault, project) = await StartAsync();
        using var _ = vault;
        await using var __ = project;
        vault.PutSecretByHand("secret", "app/db", new JsonObject { ["password"] = "theirs" });

        project.Declare = () => Declare("ours");
        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("was written by someone else since version 1", project.Failures());
        Assert.Contains("check-and-set parameter did not match the current version", project.Failures());
        Assert.Equal("theirs", vault.LatestSecret("secret", "app/db")!["password"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_SecretWrittenByHand_NextUpWritesProgramDataAsNewVersion()
    {
        var (vault, project) = await StartAsync();
        using var _ = vault;
        await using var __ = project;
        vault.PutSecretByHand("secret", "app/db", new JsonObject { ["password"] = "theirs" });

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("s3cr3t-one", vault.LatestSecret("secret", "app/db")!["password"]!.GetValue<string>());
        Assert.Equal(3, vault.Server.Requests.Count(r => r.Method == "POST" && r.Path == "/v1/secret/data/app/db") + 1);
    }

    [Fact]
    public async Task Up_DeleteVersionAfter_IsSetAndStableAcrossRefresh()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare("pw", deleteAfter: 3600);
        await project.RunOkAsync(p => p.UpAsync());

        await project.RunOkAsync(p => p.RefreshAsync());
        var preview = await project.RunOkAsync(p => p.PreviewAsync());

        Assert.Equal("3600s", vault.Server.Requests.Last(r => r.Path == "/v1/secret/metadata/app/db" && r.Method == "POST").Json["delete_version_after"]!.GetValue<string>());
        Assert.All(preview.Plan!.Steps, s => Assert.Equal("same", s.Kind));
    }

    [Fact]
    public async Task Read_ImportByPath_ReturnsSecretDataAsSecret()
    {
        var (vault, project) = await StartAsync();
        using var _ = vault;
        await using var __ = project;

        var imported = await VaultFixture.ImportAsync(vault, KvSecret.TypeToken, "secret/data/app/db");

        Assert.Equal("secret/data/app/db", imported.Id);
        Assert.Equal(Properties.PropertyValueKind.Secret, imported.Inputs["data"].Kind);
        Assert.Equal("s3cr3t-one", imported.Outputs["data"].SecretValue.ObjectValue["password"].StringValue);
        Assert.Equal(1, imported.Outputs["version"].NumberValue);
    }

    [Fact]
    public async Task Destroy_Secret_DeletesAllVersions()
    {
        var (vault, project) = await StartAsync();
        using var _ = vault;
        await using var __ = project;

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Null(vault.LatestSecret("secret", "app/db"));
        Assert.Contains(vault.Server.Requests, r => r.Method == "DELETE" && r.Path == "/v1/secret/metadata/app/db");
    }
}
