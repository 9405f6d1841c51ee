using System.Text.Json.Nodes;
using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class ConfigEntryTests
{
    private static void Declare(string protocol) =>
        _ = new ConfigEntry("web-defaults", new ConfigEntryArgs { Kind = "service-defaults", Name = "web", Config = $"{{ \"Protocol\": \"{protocol}\" }}" });

    [Fact]
    public async Task Up_ServiceDefaults_CreatedUpdatedDestroyed()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("http");
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal("http", consul.ConfigEntries["service-defaults/web"]["Protocol"]!.GetValue<string>());

        project.Declare = () => Declare("grpc");
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal("grpc", consul.ConfigEntries["service-defaults/web"]["Protocol"]!.GetValue<string>());

        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Empty(consul.ConfigEntries);
    }

    [Fact]
    public async Task Refresh_FieldAddedByConsulAndEditedByHand_OnlyTheProgramsFieldsAreCompared()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("http");
        await project.RunOkAsync(p => p.UpAsync());
        await project.RunOkAsync(p => p.RefreshAsync());
        var steady = await project.RunOkAsync(p => p.PreviewAsync());
        consul.ConfigEntries["service-defaults/web"]["Protocol"] = "tcp";

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.All(steady.Plan!.Steps, s => Assert.Equal("same", s.Kind));
        Assert.Equal("http", consul.ConfigEntries["service-defaults/web"]["Protocol"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string, string> InvalidEntries => new()
    {
        { "service-default", "web", "{}", "kind: must be one of" },
        { "proxy-defaults", "web", "{}", "name: a proxy-defaults entry must be named 'global', got 'web'" },
        { "service-defaults", "web", "{\"Protocol\": }", "config: JSON syntax error at 1:" },
        { "service-defaults", "web", "{\"Kind\": \"mesh\"}", "config: must not set 'Kind'" },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public async Task Up_InvalidEntry_FailsCheckWithFieldPath(string kind, string name, string config, string expected)
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => _ = new ConfigEntry("entry", new ConfigEntryArgs { Kind = kind, Name = name, Config = config });

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, project.Failures() + result.Message);
        Assert.Empty(consul.ConfigEntries);
    }

    [Fact]
    public async Task Read_ImportByKindAndName_ReturnsEntryWithoutIndexes()
    {
        using var consul = new FakeConsul();
        consul.ConfigEntries["proxy-defaults/global"] = new JsonObject { ["Kind"] = "proxy-defaults", ["Name"] = "global", ["Config"] = new JsonObject { ["protocol"] = "http" }, ["CreateIndex"] = 5, ["ModifyIndex"] = 6 };

        var imported = await ConsulFixture.ImportAsync(consul, ConfigEntry.TypeToken, "proxy-defaults/global");

        Assert.Equal("proxy-defaults/global", imported.Id);
        Assert.Equal("{\"Config\":{\"protocol\":\"http\"}}", imported.Inputs["config"].StringValue);
        Assert.Equal(6, imported.Outputs["modifyIndex"].NumberValue);
    }
}
