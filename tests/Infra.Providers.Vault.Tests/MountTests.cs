using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class MountTests
{
    [Fact]
    public async Task Up_KvV2Mount_MountsKvWithVersion2AndDestroyUnmounts()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Mount("kv", new MountArgs { Path = "apps", Type = "kv-v2", Description = "app secrets", DefaultLeaseTtlSeconds = 3600 });

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("kv", vault.Mounts["apps"]["type"]!.GetValue<string>());
        Assert.Equal("2", vault.Mounts["apps"]["options"]!["version"]!.GetValue<string>());
        Assert.Equal(3600, vault.Mounts["apps"]["config"]!["default_lease_ttl"]!.GetValue<long>());
        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.False(vault.Mounts.ContainsKey("apps"));
    }

    [Fact]
    public async Task Up_DescriptionChanged_TunesInPlace()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Mount("transit", new MountArgs { Path = "transit", Type = "transit", Description = "one" });
        await project.RunOkAsync(p => p.UpAsync());
        var accessor = vault.Mounts["transit"]["accessor"]!.GetValue<string>();

        project.Declare = () => _ = new Mount("transit", new MountArgs { Path = "transit", Type = "transit", Description = "two", MaxLeaseTtlSeconds = 7200 });
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("two", vault.Mounts["transit"]["description"]!.GetValue<string>());
        Assert.Equal(7200, vault.Mounts["transit"]["config"]!["max_lease_ttl"]!.GetValue<long>());
        Assert.Equal(accessor, vault.Mounts["transit"]["accessor"]!.GetValue<string>());
        Assert.Contains(("transit", "Update"), project.Steps());
    }

    [Fact]
    public async Task Up_TypeChanged_ReplacesTheMount()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Mount("engine", new MountArgs { Path = "engine", Type = "kv-v2" });
        await project.RunOkAsync(p => p.UpAsync());
        var accessor = vault.Mounts["engine"]["accessor"]!.GetValue<string>();

        project.Declare = () => _ = new Mount("engine", new MountArgs { Path = "engine", Type = "pki" });
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("pki", vault.Mounts["engine"]["type"]!.GetValue<string>());
        Assert.NotEqual(accessor, vault.Mounts["engine"]["accessor"]!.GetValue<string>());
        Assert.Contains(("engine", "Replace"), project.Steps());
    }

    [Fact]
    public async Task Refresh_DescriptionChangedByHand_NextUpPutsItBack()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Mount("kv", new MountArgs { Path = "kv", Type = "kv-v2", Description = "managed" });
        await project.RunOkAsync(p => p.UpAsync());
        vault.Mounts["kv"]["description"] = "edited by hand";

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("managed", vault.Mounts["kv"]["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_ImportByPath_ReportsLiveSettingsAsInputs()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Mount("kv", new MountArgs { Path = "team/kv", Type = "kv-v2", Description = "made elsewhere" });
        await project.RunOkAsync(p => p.UpAsync());

        var imported = await VaultFixture.ImportAsync(vault, Mount.TypeToken, "team/kv");

        Assert.Equal("team/kv", imported.Id);
        Assert.Equal("kv-v2", imported.Inputs["type"].StringValue);
        Assert.Equal("made elsewhere", imported.Inputs["description"].StringValue);
        Assert.Null((await VaultFixture.ImportAsync(vault, Mount.TypeToken, "missing")).Id);
    }

    [Fact]
    public async Task Up_UnknownType_FailsWithFieldPath()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => _ = new Mount("bad", new MountArgs { Path = "bad", Type = "kv-v3" });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("type", project.Failures() + result.Message);
        Assert.Contains("kv-v3", project.Failures() + result.Message);
        Assert.False(vault.Mounts.ContainsKey("bad"));
    }
}
