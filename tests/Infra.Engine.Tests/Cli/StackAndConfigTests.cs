using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Cli;

public sealed class StackAndConfigTests
{
    [Fact]
    public async Task StackInitSelectLsRm_ManageStacks()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunCliAsync("stack", "init", "qa")).ExitCode);
        Assert.Equal(0, (await project.RunCliAsync("stack", "init", "dev")).ExitCode);
        var list = await project.RunCliAsync("stack", "ls");
        Assert.Contains("dev*", list.Out);
        Assert.Contains("qa ", list.Out);
        Assert.Equal(0, (await project.RunCliAsync("stack", "select", "qa")).ExitCode);
        Assert.Contains("qa*", (await project.RunCliAsync("stack", "ls")).Out);
        Assert.Equal(2, (await project.RunCliAsync("stack", "init", "qa")).ExitCode);
        Assert.Equal(0, (await project.RunCliAsync("stack", "rm", "qa")).ExitCode);
        Assert.DoesNotContain("qa", (await project.RunCliAsync("stack", "ls")).Out);
    }

    [Fact]
    public async Task ConfigSetGetRm_PlainAndSecret_ProgramReadsThem()
    {
        using var project = new TempProject("name: testproj\nruntime: dotnet\nconfig:\n  replicas:\n    type: integer\n    default: 1\n");
        Assert.Equal(0, (await project.RunCliAsync("config", "set", "replicas", "3", "--stack", "dev")).ExitCode);
        Assert.Equal(0, (await project.RunCliAsync("config", "set", "dbPassword", "pa55word!", "--secret", "--stack", "dev")).ExitCode);
        var file = File.ReadAllText(project.Path("Pulumi.dev.yaml"));
        Assert.Contains("encryptionsalt:", file);
        Assert.Contains("secure: v1:", file);
        Assert.DoesNotContain("pa55word!", file);
        Assert.Equal("[secret]", (await project.RunCliAsync("config", "get", "dbPassword", "--stack", "dev")).Out.Trim());
        Assert.Equal("pa55word!", (await project.RunCliAsync("config", "get", "dbPassword", "--stack", "dev", "--show-secrets")).Out.Trim());
        Assert.Equal("3", (await project.RunCliAsync("config", "get", "replicas", "--stack", "dev")).Out.Trim());
        var badType = await project.RunCliAsync("config", "set", "replicas", "many", "--stack", "dev");
        Assert.Equal(2, badType.ExitCode);
        Assert.Contains("config key 'testproj:replicas' must be an integer, got 'many'", badType.Error);

        var up = await project.RunAsync(s =>
        {
            var config = new Config();
            _ = new FileThing("t", new FileThingArgs { Content = config.RequireInt32("replicas").ToString(System.Globalization.CultureInfo.InvariantCulture), Password = config.RequireSecret("dbPassword") });
        }, "up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        var stored = StateReader.Resources(project).EnumerateArray().Single(r => r.GetProperty("custom").GetBoolean()).GetProperty("inputs");
        Assert.Equal("3", stored.GetProperty("content").GetString());
        Assert.True(stored.GetProperty("password").TryGetProperty("ciphertext", out _));

        Assert.Equal(0, (await project.RunCliAsync("config", "rm", "replicas", "--stack", "dev")).ExitCode);
        Assert.Equal("1", (await project.RunCliAsync("config", "get", "replicas", "--stack", "dev")).Out.Trim());
    }

    [Fact]
    public async Task Config_ReadingASecretAsPlain_FailsClearly()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunCliAsync("config", "set", "token", "t0k3n", "--secret", "--stack", "dev")).ExitCode);
        var run = await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs { Content = new Config().Get("token") ?? "" }), "preview", "--stack", "dev");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Configuration key 'testproj:token' is a secret: read it with GetSecret/RequireSecret", run.Error);
    }

    [Fact]
    public async Task StackOutputs_AndExportImport_KeepLineageAndSerial()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs { Content = "x" }), "up", "--stack", "dev", "--yes");
        Assert.True(run.ExitCode == 0, run.ToString());
        var export = await project.RunCliAsync("stack", "export", "--stack", "dev", "--file", "export.json");
        Assert.Equal(0, export.ExitCode);
        var lineage = System.Text.Json.JsonDocument.Parse(File.ReadAllText(project.Path("export.json"))).RootElement.GetProperty("lineage").GetString();
        Assert.Equal(0, (await project.RunCliAsync("stack", "init", "copy")).ExitCode);
        var import = await project.RunCliAsync("stack", "import", "--stack", "copy", "--file", "export.json");
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("export is from stack 'dev', not 'copy'", import.Error);
        Assert.Equal(0, (await project.RunCliAsync("stack", "import", "--stack", "copy", "--file", "export.json", "--force")).ExitCode);
        var copied = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(project.Path(".infra/stacks/copy/checkpoint.json"))).RootElement.GetProperty("state");
        Assert.Equal(lineage, copied.GetProperty("lineage").GetString());
        Assert.Equal(StateReader.Serial(project), copied.GetProperty("serial").GetInt64());
    }

    [Fact]
    public async Task ImportOfHandEditedState_WithDuplicateUrns_IsRejected()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs()), "up", "--stack", "dev", "--yes")).ExitCode);
        Assert.Equal(0, (await project.RunCliAsync("stack", "export", "--stack", "dev", "--file", "export.json")).ExitCode);
        var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(project.Path("export.json")))!;
        var resources = doc["resources"]!.AsArray();
        resources.Add(resources[^1]!.DeepClone());
        File.WriteAllText(project.Path("export.json"), doc.ToJsonString());
        var run = await project.RunCliAsync("stack", "import", "--stack", "dev", "--file", "export.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("resource urn:pulumi:dev::testproj::files:index:Thing::t appears more than once", run.Error);
    }

    [Fact]
    public async Task Help_ExplainsVerbs()
    {
        using var project = new TempProject();
        var run = await project.RunCliAsync("up", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--save-plan", (await project.RunCliAsync("preview", "--help")).Out);
        Assert.Contains("Exit codes: 0 ok, 1 a step failed, 2 bad input, 3 blocked by policy, 4 stack locked", run.Out);
    }
}
