using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

/// <summary>An up whose preview finds nothing to record skips the update pass; any recordable difference runs it.</summary>
public sealed class NoChangesTests
{
    private static readonly string[] Up = ["up", "--stack", "dev", "--yes"];

    private sealed class Group : ComponentResource
    {
        public Group(string name, string output, ResourceOptions? options = null)
            : base("test:index:Group", name, options)
        {
            RegisterOutputs(new Dictionary<string, object?> { ["value"] = output });
        }
    }

    public static TheoryData<string, Action<Settings>> Changes() => new()
    {
        { "a custom resource's input", s => s.Content = "v2" },
        { "a component's output", s => s.Output = "o2" },
        { "protect only (the step stays 'same')", s => s.Protect = true },
        { "a dependency only", s => s.DependOnExtra = true },
        { "a resource removed", s => s.Extra = false },
    };

    public sealed class Settings
    {
        public string Content { get; set; } = "v1";
        public string Output { get; set; } = "o1";
        public bool Protect { get; set; }
        public bool DependOnExtra { get; set; }
        public bool Extra { get; set; } = true;
    }

    private static Action<LambdaStack> Body(Settings settings) => stack =>
    {
        _ = new Group("group", settings.Output);
        var extra = settings.Extra ? new FileThing("extra", new FileThingArgs { Content = "x" }) : null;
        _ = new FileThing("thing", new FileThingArgs { Content = settings.Content }, new ResourceOptions { Protect = settings.Protect, DependsOn = settings.DependOnExtra && extra is not null ? [extra] : [] });
    };

    [Fact]
    public async Task Up_NothingChanged_SkipsUpdateAndWritesNoState()
    {
        using var project = new TempProject();
        var settings = new Settings();
        Assert.Equal(0, (await project.RunAsync(Body(settings), Up)).ExitCode);
        var checkpoint = project.Path(".infra/stacks/dev/checkpoint.json");
        var before = File.ReadAllBytes(checkpoint);
        File.Delete(project.Path("world/calls.log"));

        var again = await project.RunAsync(Body(settings), Up);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("unchanged (no changes)", again.Out);
        Assert.DoesNotContain("Updating (dev)", again.Out);
        Assert.Equal(before, File.ReadAllBytes(checkpoint));
        Assert.False(File.Exists(project.Path("world/calls.log")) && project.Calls().Any(), "no provider call may happen");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Up_RecordableDifference_RunsUpdateAndRecordsIt(string scenario, Action<Settings> change)
    {
        using var project = new TempProject();
        var settings = new Settings();
        Assert.Equal(0, (await project.RunAsync(Body(settings), Up)).ExitCode);
        var before = File.ReadAllBytes(project.Path(".infra/stacks/dev/checkpoint.json"));
        var serial = StateReader.Serial(project);

        change(settings);
        var run = await project.RunAsync(Body(settings), Up);

        Assert.True(run.ExitCode == 0, scenario + ": " + run);
        Assert.Contains("Updating (dev)", run.Out);
        Assert.NotEqual(before, File.ReadAllBytes(project.Path(".infra/stacks/dev/checkpoint.json")));
        Assert.True(StateReader.Serial(project) > serial, scenario);
    }
}
