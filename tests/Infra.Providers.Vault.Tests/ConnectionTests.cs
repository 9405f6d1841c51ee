using Infra.Engine.Events;
using Infra.Providers.Fakes;
using Infra.Providers.Stacks;
using Infra.Vault;
using Infra.Vault.Provider;

namespace Infra.Providers.Vault.Tests;

public sealed class ConnectionTests
{
    /// <summary>A project whose stack config names no Vault: only resources with a connection can work.</summary>
    private static Task<EngineProject> ProjectWithoutVaultConfigAsync() =>
        EngineProject.CreateAsync(new VaultProviderFactory(), [("vault:retryDelayMs", "5", false)]);

    private static void Declare(FakeVault vault, bool apply, string description = "app secrets") =>
        _ = new Mount("kv", new MountArgs
        {
            Path = "secret",
            Type = "kv-v2",
            Description = description,
            Connection = new VaultConnection { Address = Output.Create(vault.Address), Token = Output.CreateSecret(FakeVault.RootToken), Apply = apply },
        });

    [Fact]
    public async Task Up_ConnectionFromOutputs_UsesItsAddressAndTokenAndKeepsTokenSecret()
    {
        using var vault = new FakeVault();
        await using var project = await ProjectWithoutVaultConfigAsync();
        project.Declare = () => Declare(vault, apply: true);

        await project.RunOkAsync(p => p.UpAsync());
        await project.RunOkAsync(p => p.RefreshAsync());

        Assert.Equal("app secrets", vault.Mounts["secret"]["description"]!.GetValue<string>());
        Assert.DoesNotContain(FakeVault.RootToken, await project.ExportAsync(showSecrets: false));
        var preview = await project.RunOkAsync(p => p.PreviewAsync());
        Assert.All(preview.Plan!.Steps, s => Assert.Equal("same", s.Kind));
        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.False(vault.Mounts.ContainsKey("secret"));
    }

    [Fact]
    public async Task Up_ApplyFalse_RecordsPendingWithoutCallingVaultThenApplyTrueCreates()
    {
        using var vault = new FakeVault();
        await using var project = await ProjectWithoutVaultConfigAsync();
        project.Declare = () => Declare(vault, apply: false);

        await project.RunOkAsync(p => p.UpAsync());
        await project.RunOkAsync(p => p.UpAsync());
        await project.RunOkAsync(p => p.RefreshAsync());

        Assert.Empty(vault.Server.Requests);
        Assert.Contains(project.Events.Events.OfType<DiagnosticEvent>(), e => e.Message.Contains("recorded as pending and NOT applied", StringComparison.Ordinal));
        Assert.DoesNotContain(project.Steps(), s => s.Kind is "Create" or "Update" or "Replace");

        project.Declare = () => Declare(vault, apply: true);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Contains(("kv", "Replace"), project.Steps());
        Assert.Equal("kv", vault.Mounts["secret"]["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Preview_PendingResourceWhoseAddressIsNotKnownYet_StaysPendingInsteadOfReplacing()
    {
        using var vault = new FakeVault();
        await using var project = await ProjectWithoutVaultConfigAsync();
        project.Declare = () => Declare(vault, apply: false);
        await project.RunOkAsync(p => p.UpAsync());

        // The cluster behind the address changes in this run, so the address is unknown during the preview.
        project.Declare = () => _ = new Mount("kv", new MountArgs
        {
            Path = "secret",
            Type = "kv-v2",
            Description = "app secrets",
            Connection = new VaultConnection { Address = Output.CreateUnknown<string>(), Token = Output.CreateSecret(FakeVault.RootToken), Apply = false },
        });
        var preview = await project.RunOkAsync(p => p.PreviewAsync());

        Assert.DoesNotContain(preview.Plan!.Steps, s => s.Kind is "replace" or "create-replacement" or "delete-replaced");
        Assert.Empty(vault.Server.Requests);
    }

    [Fact]
    public async Task Destroy_PendingResource_CallsNothing()
    {
        using var vault = new FakeVault();
        await using var project = await ProjectWithoutVaultConfigAsync();
        project.Declare = () => Declare(vault, apply: false);
        await project.RunOkAsync(p => p.UpAsync());

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Empty(vault.Server.Requests);
    }

    [Fact]
    public async Task Up_BadConnectionAddress_FailsCheckNamingTheField()
    {
        await using var project = await ProjectWithoutVaultConfigAsync();
        project.Declare = () => _ = new Mount("kv", new MountArgs { Path = "secret", Type = "kv-v2", Connection = new VaultConnection { Address = "vault:8200" } });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("connection.address", project.Failures() + result.Message);
    }
}
