using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class TransitKeyTests
{
    private static void Declare(string type = "aes256-gcm96", int? rotateTo = null, int? minDecryption = null)
    {
        var mount = new Mount("transit", new MountArgs { Path = "transit", Type = "transit" });
        _ = new TransitKey("orders", new TransitKeyArgs { Mount = mount.Path, Name = "orders", Type = type, RotateToVersion = rotateTo, MinDecryptionVersion = minDecryption });
    }

    [Fact]
    public async Task Destroy_KeyWithoutDeletionAllowed_StillDeletesIt()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        Assert.False(vault.TransitKeys["transit/keys/orders"]["deletion_allowed"]!.GetValue<bool>());

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Empty(vault.TransitKeys);
        Assert.False(vault.Mounts.ContainsKey("transit"));
    }

    [Fact]
    public async Task Up_RotateToVersion_RotatesUntilReachedThenRaisesMinDecryption()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(rotateTo: 3);
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal(3, vault.TransitKeys["transit/keys/orders"]["latest_version"]!.GetValue<int>());

        project.Declare = () => Declare(rotateTo: 3, minDecryption: 2);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(3, vault.TransitKeys["transit/keys/orders"]["latest_version"]!.GetValue<int>());
        Assert.Equal(2, vault.TransitKeys["transit/keys/orders"]["min_decryption_version"]!.GetValue<long>());
        Assert.Equal(2, vault.Server.Requests.Count(r => r.Path.EndsWith("/rotate", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Up_TypeChanged_ReplacesTheKey()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare(type: "ed25519");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("ed25519", vault.TransitKeys["transit/keys/orders"]["type"]!.GetValue<string>());
        Assert.Contains(("orders", "Replace"), project.Steps());
    }

    [Fact]
    public async Task Up_UnknownKeyType_FailsCheck()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare(type: "aes512");

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("aes512", project.Failures() + result.Message);
        Assert.Empty(vault.TransitKeys);
    }
}
