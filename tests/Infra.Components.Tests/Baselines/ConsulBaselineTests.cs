using Infra.Components.Consul;
using Infra.Consul.Provider;
using Infra.Providers.Fakes;
using Infra.Providers.Stacks;

namespace Infra.Components.Tests.Baselines;

public sealed class ConsulBaselineTests
{
    private static Task<EngineProject> ProjectAsync() =>
        EngineProject.CreateAsync(new ConsulProviderFactory(), [("consul:retryDelayMs", "5", false)]);

    private static ConsulBaselineArgs Args(FakeConsul consul) => new()
    {
        Address = consul.Address,
        Token = Output.CreateSecret(FakeConsul.ManagementToken),
        Apply = true,
        Services = [new ConsulServiceAccess("orders", ["billing"]), new ConsulServiceAccess("billing", [])],
    };

    [Fact]
    public async Task Up_Baseline_CreatesPerServiceAclsAndAllowsOnlyListedCalls()
    {
        using var consul = new FakeConsul();
        await using var project = await ProjectAsync();
        project.Declare = () => _ = new ConsulBaseline("mesh", Args(consul));

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["service-billing", "service-orders"], consul.Policies.Values.Select(p => p["Name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains("service \"orders\"", consul.Policies.Values.Single(p => p["Name"]!.GetValue<string>() == "service-orders")["Rules"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, consul.Roles.Count);
        Assert.Equal(["service-billing", "service-orders"], consul.Tokens.Values.Select(t => t["Roles"]![0]!["Name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var billing = consul.ConfigEntries["service-intentions/billing"]["Sources"]!.AsArray();
        Assert.Equal("orders", Assert.Single(billing)!["Name"]!.GetValue<string>());
        Assert.Equal("allow", billing[0]!["Action"]!.GetValue<string>());
        Assert.Equal("deny", consul.ConfigEntries["service-intentions/*"]["Sources"]![0]!["Action"]!.GetValue<string>());
        Assert.False(consul.ConfigEntries.ContainsKey("service-intentions/orders"));
        var state = await project.ExportAsync(showSecrets: false);
        Assert.DoesNotContain(FakeConsul.ManagementToken, state, StringComparison.Ordinal);
        Assert.All(consul.Tokens.Values, t => Assert.DoesNotContain(t["SecretID"]!.GetValue<string>(), state, StringComparison.Ordinal));

        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Empty(consul.Policies);
        Assert.Empty(consul.Tokens);
        Assert.Empty(consul.ConfigEntries);
    }

    [Fact]
    public async Task Up_UpstreamNotAService_FailsNamingTheArg()
    {
        using var consul = new FakeConsul();
        await using var project = await ProjectAsync();
        project.Declare = () => _ = new ConsulBaseline("mesh", Args(consul) with { Services = [new ConsulServiceAccess("orders", ["payments"])] });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        var said = result.Message + project.Failures() + string.Join("\n", project.Events.Events.OfType<Infra.Engine.Events.DiagnosticEvent>().Select(e => e.Message));
        Assert.True(said.Contains("Services[0].Upstreams: 'payments' is not one of the services", StringComparison.Ordinal), said);
        Assert.Empty(consul.Server.Requests);
    }
}
