using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

public sealed class ParallelismTests
{
    [Fact]
    public async Task Up_IndependentSteps_Overlap_AndDependentsStartOnlyAfterTheirDependency()
    {
        using var project = new TempProject();
        void Body(LambdaStack stack)
        {
            var a = new FileThing("a", new FileThingArgs { Content = "a", DelayMs = 400 });
            _ = new FileThing("b", new FileThingArgs { Content = "b", DelayMs = 400 });
            _ = new FileThing("after-a", new FileThingArgs { Content = a.Content });
            _ = new FileThing("explicit", new FileThingArgs { Content = "e" }, new ResourceOptions { DependsOn = [a] });
        }
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--parallel", "4");
        Assert.True(run.ExitCode == 0, run.ToString());
        var events = project.Calls().Select(l => l.Split(' ')).ToDictionary(p => p[1] + " " + p[2], p => long.Parse(p[0]));
        Assert.True(events["create-start b"] < events["create-end a"], "independent creates a and b must overlap");
        Assert.True(events["create-start after-a"] >= events["create-end a"], "a data dependent must start after its dependency finished");
        Assert.True(events["create-start explicit"] >= events["create-end a"], "a DependsOn dependent must start after its dependency finished");
    }

    [Fact]
    public async Task Up_ParallelOne_RunsStepsOneAtATime()
    {
        using var project = new TempProject();
        void Body(LambdaStack stack)
        {
            _ = new FileThing("a", new FileThingArgs { DelayMs = 100 });
            _ = new FileThing("b", new FileThingArgs { DelayMs = 100 });
        }
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--parallel", "1");
        Assert.True(run.ExitCode == 0, run.ToString());
        var calls = project.Calls().Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(["create-start", "create-end", "create-start", "create-end"], calls);
    }
}
