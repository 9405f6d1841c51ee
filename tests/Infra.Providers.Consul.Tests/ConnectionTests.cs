using Infra.Consul;
using Infra.Consul.Provider;
using Infra.Providers.Fakes;
using Infra.Providers.Stacks;

namespace Infra.Providers.Consul.Tests;

public sealed class ConnectionTests
{
    /// <summary>A project whose config points at nothing: only resources with a connection can work.</summary>
    private static Task<EngineProject> ProjectWithoutConsulConfigAsync() =>
        EngineProject.CreateAsync(new ConsulProviderFactory(), [("consul:address", "http://127.0.0.1:1", false), ("consul:maxRetries", "0", false)]);

    private static void Declare(FakeConsul consul, bool apply) =>
        _ = new AclPolicy("read", new AclPolicyArgs
        {
            Name = "read",
            Rules = "key_prefix \"\" { policy = \"read\" }",
            Connection = new ConsulConnection { Address = Output.Create(consul.Address), Token = Output.CreateSecret(FakeConsul.ManagementToken), Apply = apply },
        });

    [Fact]
    public async Task Up_ConnectionFromOutputs_WinsOverConfigAndKeepsTokenSecret()
    {
        using var consul = new FakeConsul();
        await using var project = await ProjectWithoutConsulConfigAsync();
        project.Declare = () => Declare(consul, apply: true);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("read", Assert.Single(consul.Policies.Values)["Name"]!.GetValue<string>());
        Assert.DoesNotContain(FakeConsul.ManagementToken, await project.ExportAsync(showSecrets: false));
        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Empty(consul.Policies);
    }

    [Fact]
    public async Task Up_ApplyFalseThenTrue_PendingFirstThenCreated()
    {
        using var consul = new FakeConsul();
        await using var project = await ProjectWithoutConsulConfigAsync();
        project.Declare = () => Declare(consul, apply: false);
        await project.RunOkAsync(p => p.UpAsync());
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Empty(consul.Server.Requests);

        project.Declare = () => Declare(consul, apply: true);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Single(consul.Policies);
        Assert.Contains(("read", "Replace"), project.Steps());
    }
}
