using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

public sealed class StepKindTests
{
    private static readonly string[] Up = ["up", "--stack", "dev", "--yes"];

    [Fact]
    public async Task Up_CreateThenSameThenUpdateThenReplaceThenDelete_PerformsEachStepKind()
    {
        using var project = new TempProject();
        var content = "v1";
        var immutable = "a";
        var withExtra = true;
        void Body(LambdaStack stack)
        {
            _ = new FileThing("kept", new FileThingArgs { Content = content, Immutable = immutable });
            if (withExtra)
            {
                _ = new FileThing("extra", new FileThingArgs { Content = "x" });
            }
        }

        var created = await project.RunAsync(Body, Up);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("+ 3 created", created.Out);
        Assert.Equal(2, project.WorldFiles().Count);

        var same = await project.RunAsync(Body, Up);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("3 unchanged (no changes)", same.Out);

        content = "v2";
        var updated = await project.RunAsync(Body, [.. Up, "--diff"]);
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Contains("~ 1 updated", updated.Out);
        Assert.Contains("~ content: \"v1\" => \"v2\"", updated.Out);
        var idBefore = StateReader.CustomIds(project);

        immutable = "b";
        var replaced = await project.RunAsync(Body, Up);
        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.Contains("+- 1 replaced", replaced.Out);
        Assert.NotEqual(idBefore, StateReader.CustomIds(project));
        Assert.Equal(2, project.WorldFiles().Count);

        withExtra = false;
        var deleted = await project.RunAsync(Body, Up);
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Contains("- 1 deleted", deleted.Out);
        Assert.Single(project.WorldFiles());
        Assert.Equal(StateReader.CustomIds(project), project.WorldFiles());
    }

    [Fact]
    public async Task Replace_CreatesBeforeDeleting_UnlessDeleteBeforeReplace()
    {
        foreach (var deleteFirst in new[] { false, true })
        {
            using var project = new TempProject();
            var immutable = "a";
            void Body(LambdaStack stack) =>
                _ = new FileThing("thing", new FileThingArgs { Immutable = immutable }, new ResourceOptions { DeleteBeforeReplace = deleteFirst });
            Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);
            File.Delete(project.Path("world/calls.log"));
            immutable = "b";
            Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);
            var calls = project.Calls().Select(l => l.Split(' ')[1]).ToList();
            Assert.Equal(deleteFirst ? ["delete", "create-start", "create-end"] : new[] { "create-start", "create-end", "delete" }, calls);
        }
    }

    [Fact]
    public async Task Destroy_DeletesDependentsBeforeTheirDependencies()
    {
        using var project = new TempProject();
        void Body(LambdaStack stack)
        {
            var a = new FileThing("a", new FileThingArgs { Content = "a" });
            var b = new FileThing("b", new FileThingArgs { Content = a.Path });
            _ = new FileThing("c", new FileThingArgs { Content = b.Path });
        }
        Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);
        var destroyed = await project.RunAsync(Body, "destroy", "--stack", "dev", "--yes");
        Assert.True(destroyed.ExitCode == 0, destroyed.ToString());
        var deletes = project.Calls().Where(l => l.Contains(" delete ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToList();
        Assert.Equal(["c", "b", "a"], deletes);
        Assert.Empty(project.WorldFiles());
        Assert.Empty(StateReader.Urns(project));
    }
}
