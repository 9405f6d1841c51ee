using System.Text.Json.Nodes;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Cli;

public sealed class NewAndRefreshTests
{
    [Fact]
    public async Task New_CSharp_ScaffoldsALoadableProject_AndRefusesANonEmptyFolder()
    {
        using var project = new TempProject();
        var run = await project.RunCliAsync("new", "csharp", "--dir", "fresh", "--name", "my-app");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in new[] { "Pulumi.yaml", "Pulumi.dev.yaml", "my-app.csproj", "Program.cs", "MyAppStack.cs", ".gitignore" })
        {
            Assert.True(File.Exists(project.Path(Path.Combine("fresh", file))), file);
        }
        var project2 = Engine.Projects.ProjectLoader.Load(project.Path("fresh/Pulumi.yaml"));
        Assert.Equal("my-app", project2.Name);
        Assert.Equal(2, (await project.RunCliAsync("new", "csharp", "--dir", "fresh")).ExitCode);
        Assert.Equal(2, (await project.RunCliAsync("new", "nodejs")).ExitCode);
    }

    private static void Body(LambdaStack stack) => _ = new FileThing("thing", new FileThingArgs { Content = "desired" });

    private static void EditWorld(TempProject project, string content)
    {
        var file = project.Path(Path.Combine("world", project.WorldFiles().Single()));
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        json["inputs"]!["content"] = content;
        File.WriteAllText(file, json.ToJsonString());
    }

    [Fact]
    public async Task Refresh_ShowsDrift_AndRecordsItOnlyWhenConfirmed()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        EditWorld(project, "changed by hand");
        var before = File.ReadAllBytes(project.Path(".infra/stacks/dev/checkpoint.json"));
        var shown = await project.RunAsync(Body, "refresh", "--stack", "dev");
        Assert.Equal(2, shown.ExitCode);
        Assert.Contains("~ urn:pulumi:dev::testproj::files:index:Thing::thing: changed outside Infra (content)", shown.Error + shown.Out);
        Assert.Equal(before, File.ReadAllBytes(project.Path(".infra/stacks/dev/checkpoint.json")));

        var recorded = await project.RunAsync(Body, "refresh", "--stack", "dev", "--yes");
        Assert.True(recorded.ExitCode == 0, recorded.ToString());
        var outputs = StateReader.Resources(project).EnumerateArray().Single(r => r.GetProperty("custom").GetBoolean()).GetProperty("outputs");
        Assert.Equal("changed by hand", outputs.GetProperty("content").GetString());

        var up = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
    }

    [Fact]
    public async Task UpWithRefresh_SeesADeletedResource_AndCreatesItAgain()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        File.Delete(project.Path(Path.Combine("world", project.WorldFiles().Single())));
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--refresh");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("deleted outside Infra", run.Error);
        Assert.Contains("+ 1 created", run.Out);
        Assert.Single(project.WorldFiles());
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
    }

    [Fact]
    public async Task Refresh_DependencyDeletedByHand_DropsItFromDependents_AndUpRecreatesIt()
    {
        using var project = new TempProject();
        static void Chain(LambdaStack stack)
        {
            var root = new FileThing("root", new FileThingArgs { Content = "r" });
            _ = new FileThing("leaf", new FileThingArgs { Content = "l" }, new ResourceOptions { DependsOn = [root] });
        }
        Assert.Equal(0, (await project.RunAsync(Chain, "up", "--stack", "dev", "--yes")).ExitCode);
        var rootId = Resource(project, "root").GetProperty("id").GetString()!;
        File.Delete(project.Path(Path.Combine("world", rootId)));

        var refresh = await project.RunAsync(Chain, "refresh", "--stack", "dev", "--yes");

        Assert.True(refresh.ExitCode == 0, refresh.ToString());
        Assert.DoesNotContain(StateReader.Urns(project), urn => urn.EndsWith("::root", StringComparison.Ordinal));
        Assert.Empty(Dependencies(project, "leaf"));
        var up = await project.RunAsync(Chain, "up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains("+ 1 created", up.Out);
        Assert.Single(Dependencies(project, "leaf"));
    }

    private static IReadOnlyList<string> Dependencies(TempProject project, string name) =>
        Resource(project, name).TryGetProperty("dependencies", out var dependencies)
            ? dependencies.EnumerateArray().Select(d => d.GetString()!).ToList()
            : [];

    private static System.Text.Json.JsonElement Resource(TempProject project, string name) =>
        StateReader.Resources(project).EnumerateArray().Single(r => r.GetProperty("urn").GetString()!.EndsWith("::" + name, StringComparison.Ordinal));
}
