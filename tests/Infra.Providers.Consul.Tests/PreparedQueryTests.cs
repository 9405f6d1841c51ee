using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class PreparedQueryTests
{
    private static void Declare(string name = "orders-nearest", string[]? tags = null, int nearest = 2) =>
        _ = new PreparedQuery("orders", new PreparedQueryArgs
        {
            Name = name,
            Service = "orders",
            OnlyPassing = true,
            Tags = tags ?? ["v2"],
            NearestN = nearest,
            FailoverDatacenters = ["dc2", "dc3"],
            DnsTtlSeconds = 10,
        });

    [Fact]
    public async Task Up_CreateAnswerLost_IsNotRetriedSoNoSecondQueryExists()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        consul.Server.FailOnce("POST", "/v1/query", 500, afterActing: true);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(consul.Queries);
        Assert.Single(consul.Server.Requests, r => r.Method == "POST" && r.Path == "/v1/query");
    }

    [Fact]
    public async Task Up_Query_CreatesWithIdThenUpdatesInPlaceAndDestroyDeletes()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        var id = Assert.Single(consul.Queries.Keys);
        var query = consul.Queries[id];
        Assert.Equal("orders", query["Service"]!["Service"]!.GetValue<string>());
        Assert.Equal(2, query["Service"]!["Failover"]!["NearestN"]!.GetValue<long>());
        Assert.Equal("10s", query["DNS"]!["TTL"]!.GetValue<string>());

        project.Declare = () => Declare(name: "orders", tags: ["v3"], nearest: 1);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(id, Assert.Single(consul.Queries.Keys));
        Assert.Equal("orders", consul.Queries[id]["Name"]!.GetValue<string>());
        Assert.Equal("v3", consul.Queries[id]["Service"]!["Tags"]![0]!.GetValue<string>());
        Assert.Contains(("orders", "Update"), project.Steps());
        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Empty(consul.Queries);
    }

    [Fact]
    public async Task Refresh_QueryEditedByHand_NextUpRestoresIt()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        var query = Assert.Single(consul.Queries.Values);
        query["Service"]!["OnlyPassing"] = false;

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.True(Assert.Single(consul.Queries.Values)["Service"]!["OnlyPassing"]!.GetValue<bool>());
        var preview = await project.RunOkAsync(p => p.PreviewAsync());
        Assert.All(preview.Plan!.Steps, s => Assert.Equal("same", s.Kind));
    }

    [Fact]
    public async Task Refresh_QueryDeletedByHand_NextUpCreatesItAgain()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        consul.Queries.Clear();

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("orders-nearest", Assert.Single(consul.Queries.Values)["Name"]!.GetValue<string>());
        Assert.Contains(("orders", "Create"), project.Steps());
    }

    [Fact]
    public async Task Read_ImportById_ReportsLiveFields()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        var imported = await ConsulFixture.ImportAsync(consul, PreparedQuery.TypeToken, Assert.Single(consul.Queries.Keys));

        Assert.Equal("orders-nearest", imported.Inputs["name"].StringValue);
        Assert.Equal(["dc2", "dc3"], imported.Inputs["failoverDatacenters"].ArrayValue.Select(d => d.StringValue));
        Assert.Equal(10, imported.Inputs["dnsTtlSeconds"].NumberValue);
        Assert.Null((await ConsulFixture.ImportAsync(consul, PreparedQuery.TypeToken, Guid.NewGuid().ToString())).Id);
    }

    [Fact]
    public async Task Up_NameTakenByAnotherQuery_FailsWithConsulsMessage()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        consul.Queries["other"] = new System.Text.Json.Nodes.JsonObject { ["ID"] = "other", ["Name"] = "orders-nearest" };
        project.Declare = () => Declare();

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("aliases an existing query name", project.Failures());
    }
}
