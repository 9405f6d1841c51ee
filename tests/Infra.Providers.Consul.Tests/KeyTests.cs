using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class KeyTests
{
    private static void Declare(string value, int flags = 0, string key = "config/app/mode") =>
        _ = new Key("mode", new KeyArgs { KeyPath = key, Value = value, Flags = flags });

    [Fact]
    public async Task Up_KeyCreatedUpdatedDestroyed_UsesCheckAndSet()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("blue", flags: 7);
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal(("blue", 7L), (consul.Kv["config/app/mode"].Value, consul.Kv["config/app/mode"].Flags));
        var createdIndex = consul.Kv["config/app/mode"].ModifyIndex;

        project.Declare = () => Declare("green", flags: 7);
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal("green", consul.Kv["config/app/mode"].Value);
        var puts = consul.Server.Requests.Where(r => r.Method == "PUT").Select(r => r.Query["cas"]).ToList();
        Assert.Equal(["0", createdIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)], puts);

        await project.RunOkAsync(p => p.DestroyAsync());
        Assert.Empty(consul.Kv);
    }

    [Fact]
    public async Task Up_KeyExists_FailsWithoutOverwriting()
    {
        using var consul = new FakeConsul();
        consul.PutByHand("config/app/mode", "theirs");
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("ours");

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Consul key 'config/app/mode' already exists", project.Failures());
        Assert.Equal("theirs", consul.Kv["config/app/mode"].Value);
    }

    [Fact]
    public async Task Up_KeyChangedByHandWithoutRefresh_FailsOnCheckAndSet()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("blue");
        await project.RunOkAsync(p => p.UpAsync());
        consul.PutByHand("config/app/mode", "theirs");

        project.Declare = () => Declare("green");
        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("was changed by someone else since index", project.Failures());
        Assert.Equal("theirs", consul.Kv["config/app/mode"].Value);
    }

    [Fact]
    public async Task Refresh_KeyChangedByHand_NextUpPutsProgramValueBack()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("blue");
        await project.RunOkAsync(p => p.UpAsync());
        consul.PutByHand("config/app/mode", "theirs");

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("blue", consul.Kv["config/app/mode"].Value);
        Assert.Contains(("mode", "Update"), project.Steps());
    }

    [Fact]
    public async Task Up_KeyPathChanged_ReplacesTheEntry()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("blue");
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare("blue", key: "config/app/colour");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["config/app/colour"], consul.Kv.Keys);
        Assert.Contains(("mode", "Replace"), project.Steps());
    }

    [Fact]
    public async Task Export_SecretValue_NotInPlaintext()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => _ = new Key("pw", new KeyArgs { KeyPath = "app/password", Value = Output.CreateSecret("hunter2-consul") });
        await project.RunOkAsync(p => p.UpAsync());
        await project.RunOkAsync(p => p.RefreshAsync());

        Assert.DoesNotContain("hunter2-consul", await project.ExportAsync(showSecrets: false));
        Assert.DoesNotContain(FakeConsul.ManagementToken, await project.ExportAsync(showSecrets: false));
        Assert.Contains("hunter2-consul", await project.ExportAsync(showSecrets: true));
    }

    [Fact]
    public async Task Read_ImportByKey_ReturnsLiveValue()
    {
        using var consul = new FakeConsul();
        consul.PutByHand("legacy/flag", "on");

        var imported = await ConsulFixture.ImportAsync(consul, Key.TypeToken, "legacy/flag");

        Assert.Equal("legacy/flag", imported.Id);
        Assert.Equal("on", imported.Inputs["value"].StringValue);
        Assert.Null((await ConsulFixture.ImportAsync(consul, Key.TypeToken, "missing")).Id);
    }
}
