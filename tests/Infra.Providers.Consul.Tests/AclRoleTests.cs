using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class AclRoleTests
{
    private static void Declare(params string[] policies)
    {
        var read = new AclPolicy("read", new AclPolicyArgs { Name = "read", Rules = "key_prefix \"\" { policy = \"read\" }" });
        var write = new AclPolicy("write", new AclPolicyArgs { Name = "write", Rules = "key_prefix \"app/\" { policy = \"write\" }" });
        var role = new AclRole("ops", new AclRoleArgs { Name = "ops", Policies = policies, Description = "operators" }, new ResourceOptions { DependsOn = [read, write] });
        _ = new AclToken("ops-token", new AclTokenArgs { Roles = new InputList<string> { role.RoleName } });
    }

    private static string[] Policies(FakeConsul consul) =>
        [.. Assert.Single(consul.Roles.Values)["Policies"]!.AsArray().Select(p => p!["Name"]!.GetValue<string>())];

    [Fact]
    public async Task Up_RoleWithPoliciesThenChanged_UpdatesInPlaceAndTokenLinksIt()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("read");
        await project.RunOkAsync(p => p.UpAsync());
        var roleId = Assert.Single(consul.Roles.Keys);
        Assert.Equal("ops", Assert.Single(consul.Tokens.Values)["Roles"]![0]!["Name"]!.GetValue<string>());

        project.Declare = () => Declare("write", "read");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["read", "write"], Policies(consul));
        Assert.Equal(roleId, Assert.Single(consul.Roles.Keys));
        Assert.Contains(("ops", "Update"), project.Steps());
    }

    [Fact]
    public async Task Refresh_PolicyAddedByHand_NextUpRemovesIt()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("read");
        await project.RunOkAsync(p => p.UpAsync());
        Assert.Single(consul.Roles.Values)["Policies"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["Name"] = "write" });

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(["read"], Policies(consul));
    }

    [Fact]
    public async Task ReadAndDestroy_ImportByNameThenDestroy_FindsThenRemovesRole()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("read");
        await project.RunOkAsync(p => p.UpAsync());

        var imported = await ConsulFixture.ImportAsync(consul, AclRole.TypeToken, "ops");
        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Equal("read", Assert.Single(imported.Inputs["policies"].ArrayValue).StringValue);
        Assert.Empty(consul.Roles);
        Assert.Empty(consul.Tokens);
    }
}
