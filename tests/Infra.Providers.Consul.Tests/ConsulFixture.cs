using Infra.Consul.Provider;
using Infra.Properties;
using Infra.Providers.Fakes;
using Infra.Providers.Stacks;

namespace Infra.Providers.Consul.Tests;

/// <summary>Projects that talk to a fake Consul, and the provider itself for import reads.</summary>
internal static class ConsulFixture
{
    public static Task<EngineProject> ProjectAsync(FakeConsul consul, params (string Key, string Value, bool Secret)[] extra) =>
        EngineProject.CreateAsync(new ConsulProviderFactory(), [("consul:address", consul.Address, false), ("consul:token", FakeConsul.ManagementToken, true), ("consul:retryDelayMs", "5", false), .. extra]);

    public static Task<ReadResponse> ImportAsync(FakeConsul consul, string type, string id)
    {
        var config = new Dictionary<string, Deployment.ConfigValue>(StringComparer.Ordinal)
        {
            ["address"] = new(consul.Address, false),
            ["token"] = new(FakeConsul.ManagementToken, true),
        };
        var provider = new ConsulProviderFactory().Create(new ProviderContext("proj", "dev", Path.GetTempPath(), config, false, new Progress<string>()));
        return provider.ReadAsync(new ReadRequest("urn:import", type, id, PropertyMap.Empty, null), CancellationToken.None);
    }
}
