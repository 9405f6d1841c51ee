using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

public sealed class OptionsTests
{
    private static readonly string[] Up = ["up", "--stack", "dev", "--yes"];

    [Fact]
    public async Task Protect_BlocksReplaceAndDelete_UntilUnprotected()
    {
        using var project = new TempProject();
        var immutable = "a";
        var present = true;
        void Body(LambdaStack stack)
        {
            if (present)
            {
                _ = new FileThing("db", new FileThingArgs { Immutable = immutable }, new ResourceOptions { Protect = true });
            }
        }
        Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);

        immutable = "b";
        var replace = await project.RunAsync(Body, Up);
        Assert.Equal(1, replace.ExitCode);
        Assert.Contains("cannot replace protected resource urn:pulumi:dev::testproj::files:index:Thing::db", replace.Error);

        immutable = "a";
        present = false;
        var delete = await project.RunAsync(Body, Up);
        Assert.Equal(1, delete.ExitCode);
        Assert.Contains("cannot delete protected resource", delete.Error);
        Assert.Single(project.WorldFiles());

        Assert.Equal(0, (await project.RunAsync(Body, "state", "unprotect", "urn:pulumi:dev::testproj::files:index:Thing::db", "--stack", "dev")).ExitCode);
        var deleted = await project.RunAsync(Body, Up);
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Empty(project.WorldFiles());
    }

    [Fact]
    public async Task IgnoreChanges_KeepsRecordedValue_AndShowsNoUpdate()
    {
        using var project = new TempProject();
        var content = "v1";
        void Body(LambdaStack stack) =>
            _ = new FileThing("thing", new FileThingArgs { Content = content, Immutable = "x" }, new ResourceOptions { IgnoreChanges = ["content"] });
        Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);
        content = "v2";
        var run = await project.RunAsync(Body, Up);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("(no changes)", run.Out);
        var stored = StateReader.Resources(project).EnumerateArray().Single(r => r.GetProperty("custom").GetBoolean());
        Assert.Equal("v1", stored.GetProperty("inputs").GetProperty("content").GetString());
    }

    [Fact]
    public async Task ReplaceOnChanges_TurnsAnUpdateIntoAReplace()
    {
        using var project = new TempProject();
        var content = "v1";
        void Body(LambdaStack stack) =>
            _ = new FileThing("thing", new FileThingArgs { Content = content }, new ResourceOptions { ReplaceOnChanges = ["content"] });
        Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);
        content = "v2";
        var run = await project.RunAsync(Body, Up);
        Assert.Contains("+- 1 replaced", run.Out);
    }

    [Fact]
    public async Task Alias_RenameWithoutReplace()
    {
        using var project = new TempProject();
        var renamed = false;
        void Body(LambdaStack stack) =>
            _ = renamed
                ? new FileThing("new-name", new FileThingArgs { Content = "c" }, new ResourceOptions { Aliases = [new Alias { Name = "old-name" }] })
                : new FileThing("old-name", new FileThingArgs { Content = "c" });
        Assert.Equal(0, (await project.RunAsync(Body, Up)).ExitCode);
        var id = StateReader.CustomIds(project);
        renamed = true;
        var run = await project.RunAsync(Body, Up);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("created", run.Out);
        Assert.DoesNotContain("deleted", run.Out);
        Assert.Equal(id, StateReader.CustomIds(project));
        Assert.Contains(StateReader.Urns(project), u => u.EndsWith("::new-name", StringComparison.Ordinal));
        Assert.DoesNotContain(StateReader.Urns(project), u => u.EndsWith("::old-name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transforms_OnAComponent_RewriteArgsOfEveryResourceBelowIt()
    {
        using var project = new TempProject();
        ResourceTransform upper = args => args.Args is FileThingArgs a
            ? new ResourceTransformResult(new FileThingArgs { Content = a.Content!.Apply(c => c.ToUpperInvariant()) }, args.Options)
            : null;
        var run = await project.RunAsync(s =>
        {
            var component = new ComponentResource("test:index:Group", "group", new ResourceOptions { Transforms = [upper] });
            _ = new FileThing("inside", new FileThingArgs { Content = "shout" }, new ResourceOptions { Parent = component });
            _ = new FileThing("outside", new FileThingArgs { Content = "quiet" });
        }, Up);
        Assert.True(run.ExitCode == 0, run.ToString());
        var contents = StateReader.Resources(project).EnumerateArray().Where(r => r.GetProperty("custom").GetBoolean())
            .ToDictionary(r => r.GetProperty("urn").GetString()!.Split("::").Last(), r => r.GetProperty("inputs").GetProperty("content").GetString());
        Assert.Equal("SHOUT", contents["inside"]);
        Assert.Equal("quiet", contents["outside"]);
        Assert.Contains(StateReader.Urns(project), u => u == "urn:pulumi:dev::testproj::test:index:Group$files:index:Thing::inside");
    }

    [Fact]
    public async Task Target_ChangesOnlyTheTargetAndItsDependents()
    {
        using var project = new TempProject();
        var content = "v1";
        void Body(LambdaStack stack)
        {
            var a = new FileThing("a", new FileThingArgs { Content = content });
            _ = new FileThing("b", new FileThingArgs { Content = a.Content });
            _ = new FileThing("c", new FileThingArgs { Content = content });
        }
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        content = "v2";
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--target", "urn:pulumi:dev::testproj::files:index:Thing::a");
        Assert.True(run.ExitCode == 0, run.ToString());
        var contents = StateReader.Resources(project).EnumerateArray().Where(r => r.GetProperty("custom").GetBoolean())
            .ToDictionary(r => r.GetProperty("urn").GetString()!.Split("::").Last(), r => r.GetProperty("inputs").GetProperty("content").GetString());
        Assert.Equal("v2", contents["a"]);
        Assert.Equal("v2", contents["b"]);
        Assert.Equal("v1", contents["c"]);
    }
}
