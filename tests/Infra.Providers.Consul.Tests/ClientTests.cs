using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class ClientTests
{
    private static void DeclareKey() => _ = new Key("k", new KeyArgs { KeyPath = "a/b", Value = "v" });

    public static TheoryData<int> RetriedStatuses => new() { 429, 500, 503 };

    [Theory]
    [MemberData(nameof(RetriedStatuses))]
    public async Task Up_TransientErrors_AreRetried(int status)
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = DeclareKey;
        consul.Server.FailNext(status, 2);

        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("v", consul.Kv["a/b"].Value);
    }

    [Fact]
    public async Task Up_ErrorsOutlastRetries_FailWithStatus()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul, ("consul:maxRetries", "1", false));
        project.Declare = DeclareKey;
        consul.Server.FailNext(500, 5);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Consul PUT /v1/kv/a/b?cas=0&flags=0 failed (500 InternalServerError)", project.Failures());
    }

    [Fact]
    public async Task Up_WrongToken_FailsWithConsulsMessageAndHint()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul, ("consul:token", "wrong", true));
        project.Declare = DeclareKey;

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(403 Forbidden): Permission denied: anonymous token lacks permission", project.Failures());
        Assert.Contains("Check that consul:token is set", project.Failures());
    }

    [Fact]
    public async Task Up_DatacenterConfigured_SendsDcOnEveryCall()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul, ("consul:datacenter", "dc2", false));
        project.Declare = DeclareKey;

        await project.RunOkAsync(p => p.UpAsync());

        Assert.All(consul.Server.Requests, r => Assert.Equal("dc2", r.Query["dc"]));
    }
}
