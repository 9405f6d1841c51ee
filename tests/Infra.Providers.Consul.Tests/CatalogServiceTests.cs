using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class CatalogServiceTests
{
    private static void Declare(int port = 5432, string node = "rds", string address = "10.0.0.5")
    {
        _ = new CatalogService("orders-db", new CatalogServiceArgs
        {
            Node = node,
            NodeAddress = "orders.abc.rds.example.test",
            Service = "orders-db",
            Address = address,
            Port = port,
            Tags = ["postgres"],
            Meta = new Dictionary<string, string> { ["team"] = "orders" },
        });
        _ = new CatalogService("billing-db", new CatalogServiceArgs { Node = "rds", NodeAddress = "orders.abc.rds.example.test", Service = "billing-db", Port = 5433 });
    }

    [Fact]
    public async Task Up_ExternalServices_RegisterOnExternalNodeAndDestroyRemovesNode()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();

        await project.RunOkAsync(p => p.UpAsync());

        var (node, services) = consul.Catalog["rds"];
        Assert.Equal("true", node["Meta"]!["external-node"]!.GetValue<string>());
        Assert.Equal(5432, services["orders-db"]["Port"]!.GetValue<long>());
        Assert.Equal("orders", services["orders-db"]["Meta"]!["team"]!.GetValue<string>());
        Assert.Equal(2, services.Count);
        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Empty(consul.Catalog);
    }

    [Fact]
    public async Task Up_PortChanged_RegistersAgainInPlace()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare(port: 6432);
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(6432, consul.Catalog["rds"].Services["orders-db"]["Port"]!.GetValue<long>());
        Assert.Contains(("orders-db", "Update"), project.Steps());
        Assert.Contains(("billing-db", "Same"), project.Steps());
    }

    [Fact]
    public async Task Up_NodeChanged_ReplacesTheRegistration()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare(node: "rds-2");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.True(consul.Catalog["rds-2"].Services.ContainsKey("orders-db"));
        Assert.False(consul.Catalog["rds"].Services.ContainsKey("orders-db"));
        Assert.Contains(("orders-db", "Replace"), project.Steps());
    }

    [Fact]
    public async Task Refresh_AddressChangedByHand_NextUpRestoresItAndImportFindsIt()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        consul.Catalog["rds"].Services["orders-db"]["Address"] = "10.9.9.9";

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());
        var imported = await ConsulFixture.ImportAsync(consul, CatalogService.TypeToken, "rds/orders-db");

        Assert.Equal("10.0.0.5", consul.Catalog["rds"].Services["orders-db"]["Address"]!.GetValue<string>());
        Assert.Equal("10.0.0.5", imported.Inputs["address"].StringValue);
        Assert.Equal("orders-db", imported.Inputs["service"].StringValue);
        Assert.Null((await ConsulFixture.ImportAsync(consul, CatalogService.TypeToken, "nowhere/orders-db")).Id);
    }

    [Fact]
    public async Task Up_PortOutOfRange_FailsCheck()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(port: 70000);

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("port", project.Failures() + result.Message);
        Assert.Empty(consul.Catalog);
    }
}
