using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class KeyPrefixTests
{
    private static void Declare(Dictionary<string, string> subkeys) =>
        _ = new KeyPrefix("app", new KeyPrefixArgs { PathPrefix = "config/app/", Subkeys = subkeys });

    [Fact]
    public async Task Up_SubkeysChanged_WritesWantedAndDeletesTheRest()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(new() { ["mode"] = "blue", ["size"] = "3" });
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Equal(["config/app/mode", "config/app/size"], consul.Kv.Keys.Order());

        project.Declare = () => Declare(new() { ["mode"] = "green", ["region"] = "eu" });
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["config/app/mode", "config/app/region"], consul.Kv.Keys.Order());
        Assert.Equal("green", consul.Kv["config/app/mode"].Value);
    }

    [Fact]
    public async Task Refresh_KeyAddedByHand_NextUpRemovesIt()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(new() { ["mode"] = "blue" });
        await project.RunOkAsync(p => p.UpAsync());
        consul.PutByHand("config/app/debug", "true");
        consul.PutByHand("other/key", "kept");

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["config/app/mode", "other/key"], consul.Kv.Keys.Order());
    }

    [Fact]
    public async Task Destroy_Prefix_RemovesEverythingUnderIt()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(new() { ["mode"] = "blue", ["size"] = "3" });
        await project.RunOkAsync(p => p.UpAsync());
        consul.PutByHand("other/key", "kept");

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Equal(["other/key"], consul.Kv.Keys);
    }
}
