using Infra.Deployment;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

/// <summary>
/// `up` carries out its preview's steps without running the program a second time when the program met no value the
/// preview could not know; otherwise (an unknown or predicted value read, a preview-dependent program) the program runs
/// again. A provider whose real outputs differ from its prediction stops what depends on them, as the plan check of a
/// second program run would.
/// </summary>
public sealed class ReplayTests
{
    private static Action<LambdaStack> Counted(Action<LambdaStack> body, Counter runs) => stack =>
    {
        Interlocked.Increment(ref runs.Value);
        body(stack);
    };

    [Fact]
    public async Task Up_PreviewFullyKnown_RunsProgramOnceAndDeploysItsSteps()
    {
        using var project = new TempProject();
        var runs = new Counter();
        var program = Counted(stack =>
        {
            var first = new FileThing("first", new FileThingArgs { Content = "one" });
            var second = new FileThing("second", new FileThingArgs { Content = "two" }, new ResourceOptions { DependsOn = [first] });
            _ = new FileThing("third", new FileThingArgs { Content = "three" }, new ResourceOptions { DependsOn = [second] });
        }, runs);

        var up = await project.RunAsync(program, "up", "--stack", "dev", "--yes");

        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(1, runs.Value);
        Assert.Contains("+ 4 created", up.Out); // the stack and its three resources
        Assert.Equal(3, project.WorldFiles().Count);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
        var calls = project.Calls().Select(c => c.Split(' ', 2)[1]).ToList();
        Assert.True(calls.IndexOf("create-end first") < calls.IndexOf("create-start second") && calls.IndexOf("create-end second") < calls.IndexOf("create-start third"), string.Join("\n", calls));
        var preview = await project.RunAsync(program, "preview", "--stack", "dev");
        Assert.Contains("(no changes)", preview.Out);
    }

    [Fact]
    public async Task Up_UpdatesReplacesAndDeletes_ReplayedWithoutSecondRun()
    {
        using var project = new TempProject();
        var runs = new Counter();
        Action<LambdaStack> Version(int version) => Counted(stack =>
        {
            _ = new FileThing("updated", new FileThingArgs { Content = version == 1 ? "v1" : "v2" });
            _ = new FileThing("replaced", new FileThingArgs { Content = "same", Immutable = version == 1 ? "a" : "b" });
            if (version == 1)
            {
                _ = new FileThing("deleted", new FileThingArgs { Content = "gone soon" });
            }
        }, runs);
        Assert.Equal(0, (await project.RunAsync(Version(1), "up", "--stack", "dev", "--yes")).ExitCode);
        runs.Value = 0;

        var up = await project.RunAsync(Version(2), "up", "--stack", "dev", "--yes");

        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(1, runs.Value);
        Assert.Equal(2, project.WorldFiles().Count);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
        Assert.DoesNotContain(StateReader.Urns(project), u => u.EndsWith("::deleted", StringComparison.Ordinal));
        Assert.Contains("(no changes)", (await project.RunAsync(Version(2), "preview", "--stack", "dev")).Out);
    }

    public static TheoryData<string, Action<LambdaStack>> ProgramsThatNeedASecondRun => new()
    {
        {
            "reads an output unknown in preview",
            stack =>
            {
                var first = new FileThing("first", new FileThingArgs { Content = "one" });
                _ = new FileThing("second", new FileThingArgs { Content = first.Path });
            }
        },
        {
            "applies a function to an unknown output",
            stack =>
            {
                var first = new FileThing("first", new FileThingArgs { Content = "one" });
                _ = first.Id.Apply(id =>
                {
                    Console.Error.Write(""); // e.g. telling the outside world, which only an update can
                    return id.Length;
                });
            }
        },
        {
            "applies a function to an output the provider only predicted",
            stack =>
            {
                var first = new FileThing("first", new FileThingArgs { Content = "one" });
                _ = first.Content.Apply(content =>
                {
                    Console.Error.Write(""); // a value a real create may change: the update must see the real one
                    return content.Length;
                });
            }
        },
        {
            "asks whether it is a preview",
            stack =>
            {
                if (!DeploymentScope.Current!.IsDryRun)
                {
                    Console.Error.Write(""); // something only an update does, e.g. telling the outside world
                }
                _ = new FileThing("first", new FileThingArgs { Content = "one" });
            }
        },
    };

    [Theory]
    [MemberData(nameof(ProgramsThatNeedASecondRun))]
    public async Task Up_ProgramDependsOnDeployment_RunsProgramAgain(string what, Action<LambdaStack> body)
    {
        using var project = new TempProject();
        var runs = new Counter();

        var up = await project.RunAsync(Counted(body, runs), "up", "--stack", "dev", "--yes");

        Assert.True(up.ExitCode == 0, $"{what}: {up}");
        Assert.Equal(2, runs.Value);
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
        Assert.Contains("(no changes)", (await project.RunAsync(Counted(body, runs), "preview", "--stack", "dev")).Out);
    }

    [Fact]
    public async Task Up_ProviderOutputDiffersFromPrediction_DependentsStopLikeAPlanMismatchAndNextUpFinishes()
    {
        using var project = new TempProject();
        var runs = new Counter();
        var program = Counted(stack =>
        {
            var wrong = new FileThing("wrong", new FileThingArgs { Content = "x", Mispredict = true });
            _ = new FileThing("dependent", new FileThingArgs { Content = wrong.Echo });
            _ = new FileThing("independent", new FileThingArgs { Content = "y" });
        }, runs);

        var up = await project.RunAsync(program, "up", "--stack", "dev", "--yes");

        Assert.Equal(1, up.ExitCode);
        Assert.Equal(1, runs.Value);
        Assert.Contains("returned outputs other than its provider predicted, so the inputs of this resource would differ from the plan", up.Out + up.Error);
        Assert.Contains("1 resource(s) returned outputs other than their provider predicted", up.Error);
        var calls = project.Calls().Select(c => c.Split(' ', 2)[1]).ToList();
        Assert.DoesNotContain("create-start dependent", calls);
        Assert.Single(calls, c => c == "create-start independent");
        Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));

        var again = await project.RunAsync(program, "up", "--stack", "dev", "--yes");

        Assert.True(again.ExitCode == 0, again.ToString());
        var dependent = StateReader.Resources(project).EnumerateArray().Single(r => r.GetProperty("urn").GetString()!.EndsWith("::dependent", StringComparison.Ordinal));
        Assert.Equal("actual", dependent.GetProperty("inputs").GetProperty("content").GetString());
        Assert.Contains("(no changes)", (await project.RunAsync(program, "preview", "--stack", "dev")).Out);
    }

    /// <summary>A mutable count shared with a program body.</summary>
    public sealed class Counter
    {
        public int Value;
    }
}
