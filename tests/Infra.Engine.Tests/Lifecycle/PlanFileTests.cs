using System.Text.Json;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

public sealed class PlanFileTests
{
    [Fact]
    public async Task SavedPlan_RoundTrips_AndUpExecutesExactlyIt()
    {
        using var project = new TempProject();
        var content = "v1";
        void Body(LambdaStack stack)
        {
            var first = new FileThing("first", new FileThingArgs { Content = content, Password = Output.CreateSecret("hunter2-secret") });
            _ = new FileThing("second", new FileThingArgs { Content = first.Path });
        }
        var preview = await project.RunAsync(Body, "preview", "--stack", "dev", "--save-plan", "plan.json");
        Assert.True(preview.ExitCode == 0, preview.ToString());
        var planText = File.ReadAllText(project.Path("plan.json"));
        Assert.DoesNotContain("hunter2-secret", planText);
        using var plan = JsonDocument.Parse(planText);
        Assert.Equal(1, plan.RootElement.GetProperty("version").GetInt32());
        var steps = plan.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("kind").GetString() == "create" && s.GetProperty("name").GetString() == "second"
            && s.GetProperty("newInputs").GetProperty("content").GetString() == "[unknown]");
        Assert.Contains(steps, s => s.GetProperty("name").GetString() == "first" && s.GetProperty("newInputs").GetProperty("password").GetString() == "[secret]");
        Assert.Empty(project.WorldFiles());

        var up = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--plan", "plan.json");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(2, project.WorldFiles().Count);
    }

    [Fact]
    public async Task SavedPlan_RefusedWhenStateChangedSince()
    {
        using var project = new TempProject();
        var content = "v1";
        void Body(LambdaStack stack) => _ = new FileThing("thing", new FileThingArgs { Content = content });
        Assert.Equal(0, (await project.RunAsync(Body, "preview", "--stack", "dev", "--save-plan", "plan.json")).ExitCode);
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        var stale = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--plan", "plan.json");
        Assert.Equal(2, stale.ExitCode);
        Assert.Contains("state changed since the plan was made (serial 0 then, 1 now)", stale.Error);
    }

    [Fact]
    public async Task SavedPlan_RefusedWhenProgramNowWantsSomethingElse()
    {
        using var project = new TempProject();
        var content = "v1";
        void Body(LambdaStack stack) => _ = new FileThing("thing", new FileThingArgs { Content = content });
        Assert.Equal(0, (await project.RunAsync(Body, "preview", "--stack", "dev", "--save-plan", "plan.json")).ExitCode);
        content = "v2";
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--plan", "plan.json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the inputs differ from the plan", run.Error);
        Assert.Empty(project.WorldFiles());
    }

    [Fact]
    public async Task Preview_NeverCallsMutatingProviderMethods()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(s => _ = new FileThing("thing", new FileThingArgs { Content = "x" }), "preview", "--stack", "dev");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("+ 2 to create", run.Out);
        Assert.Empty(project.Calls());
        Assert.False(File.Exists(project.Path(".infra/stacks/dev/checkpoint.json")), "preview must not create state");
    }
}
