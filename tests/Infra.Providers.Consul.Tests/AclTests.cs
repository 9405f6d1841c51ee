using Infra.Consul;
using Infra.Providers.Fakes;

namespace Infra.Providers.Consul.Tests;

public sealed class AclTests
{
    private const string ReadApp = "key_prefix \"app/\" {\n  policy = \"read\"\n}\n";
    private const string WriteApp = "key_prefix \"app/\" {\n  policy = \"write\"\n}\n";

    private static void Declare(string rules, string description = "deploy token")
    {
        var policy = new AclPolicy("app", new AclPolicyArgs { Name = "app", Rules = rules, Description = "app keys" });
        _ = new AclToken("deploy", new AclTokenArgs { Description = description, Policies = new InputList<string> { policy.PolicyName } });
    }

    [Fact]
    public async Task Up_PolicyAndToken_CreatesBothAndKeepsSecretIdSecret()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(ReadApp);

        await project.RunOkAsync(p => p.UpAsync());

        var policy = Assert.Single(consul.Policies.Values);
        Assert.Equal(ReadApp, policy["Rules"]!.GetValue<string>());
        var token = Assert.Single(consul.Tokens.Values);
        Assert.Equal("app", token["Policies"]![0]!["Name"]!.GetValue<string>());
        var secretId = token["SecretID"]!.GetValue<string>();
        Assert.DoesNotContain(secretId, await project.ExportAsync(showSecrets: false));
        Assert.Contains(secretId, await project.ExportAsync(showSecrets: true));
        Assert.Contains(token["AccessorID"]!.GetValue<string>(), await project.ExportAsync(showSecrets: false));
    }

    [Fact]
    public async Task Refresh_RulesEditedByHand_NextUpRestoresThem()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(ReadApp);
        await project.RunOkAsync(p => p.UpAsync());
        var policy = Assert.Single(consul.Policies.Values);
        policy["Rules"] = "operator = \"write\"";

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(ReadApp, Assert.Single(consul.Policies.Values)["Rules"]!.GetValue<string>());
        Assert.Contains(("app", "Update"), project.Steps());
    }

    [Fact]
    public async Task Up_RulesAndDescriptionChanged_UpdatesInPlaceKeepingIds()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(ReadApp);
        await project.RunOkAsync(p => p.UpAsync());
        var policyId = Assert.Single(consul.Policies.Keys);
        var accessor = Assert.Single(consul.Tokens.Keys);
        var secret = consul.Tokens[accessor]["SecretID"]!.GetValue<string>();

        project.Declare = () => Declare(WriteApp, description: "deploy token v2");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(WriteApp, consul.Policies[policyId]["Rules"]!.GetValue<string>());
        Assert.Equal("deploy token v2", consul.Tokens[accessor]["Description"]!.GetValue<string>());
        Assert.Equal(secret, consul.Tokens[accessor]["SecretID"]!.GetValue<string>());
    }

    [Fact]
    public async Task Up_RulesWithSyntaxError_FailsWithLocationBeforeAnyCall()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare("key_prefix \"app/\" {\n  policy = \n}");

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("rules: HCL syntax error at 3:1: expected a value, found '}'", project.Failures() + result.Message);
        Assert.Empty(consul.Server.Requests);
    }

    [Fact]
    public async Task Destroy_PolicyAndToken_RemovesBoth()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(ReadApp);
        await project.RunOkAsync(p => p.UpAsync());

        await project.RunOkAsync(p => p.DestroyAsync());

        Assert.Empty(consul.Policies);
        Assert.Empty(consul.Tokens);
    }

    [Fact]
    public async Task Refresh_TokenDeletedByHand_IsRecreatedByNextUp()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(ReadApp);
        await project.RunOkAsync(p => p.UpAsync());
        var accessor = Assert.Single(consul.Tokens.Keys);
        consul.Tokens.Clear();

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.NotEqual(accessor, Assert.Single(consul.Tokens.Keys));
    }

    [Fact]
    public async Task Read_ImportPolicyByName_ReturnsRules()
    {
        using var consul = new FakeConsul();
        await using var project = await ConsulFixture.ProjectAsync(consul);
        project.Declare = () => Declare(ReadApp);
        await project.RunOkAsync(p => p.UpAsync());

        var imported = await ConsulFixture.ImportAsync(consul, AclPolicy.TypeToken, "app");

        Assert.Equal(Assert.Single(consul.Policies.Keys), imported.Id);
        Assert.Equal(ReadApp, imported.Inputs["rules"].StringValue);
    }
}
