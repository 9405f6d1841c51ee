using Infra.Properties;
using Infra.Providers.Fakes;
using Infra.Providers.Stacks;
using Infra.Vault.Provider;

namespace Infra.Providers.Vault.Tests;

/// <summary>Starts a fake Vault per test and projects that talk to it.</summary>
internal static class VaultFixture
{
    public static Task<EngineProject> ProjectAsync(FakeVault vault, params (string Key, string Value, bool Secret)[] extra) =>
        EngineProject.CreateAsync(new VaultProviderFactory(), [("vault:address", vault.Address, false), ("vault:token", FakeVault.RootToken, true), ("vault:retryDelayMs", "5", false), .. extra]);

    /// <summary>The provider itself, for calls the engine makes only on import (Read with an ID and no inputs).</summary>
    public static IProvider Provider(FakeVault vault)
    {
        var config = new Dictionary<string, Deployment.ConfigValue>(StringComparer.Ordinal)
        {
            ["address"] = new(vault.Address, false),
            ["token"] = new(FakeVault.RootToken, true),
        };
        return new VaultProviderFactory().Create(new ProviderContext("proj", "dev", Path.GetTempPath(), config, false, new Progress<string>()));
    }

    public static Task<ReadResponse> ImportAsync(FakeVault vault, string type, string id) =>
        Provider(vault).ReadAsync(new ReadRequest("urn:import", type, id, PropertyMap.Empty, null), CancellationToken.None);
}
