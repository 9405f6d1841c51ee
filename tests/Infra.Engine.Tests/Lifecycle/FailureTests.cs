using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Lifecycle;

public sealed class FailureTests
{
    [Fact]
    public async Task Up_FailedStep_IndependentWorkContinues_DependentsSkipped_StateKeepsFinishedSteps()
    {
        using var project = new TempProject();
        void Body(LambdaStack stack)
        {
            var broken = new FileThing("broken", new FileThingArgs { Fail = true });
            _ = new FileThing("dependent", new FileThingArgs { Content = broken.Path });
            _ = new FileThing("independent", new FileThingArgs { Content = "ok", DelayMs = 200 });
        }
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken failed: the target refused the change (fail: true)", run.Out);
        Assert.Contains("dependent skipped", run.Out);
        var urns = StateReader.Urns(project);
        Assert.Contains(urns, u => u.EndsWith("::independent", StringComparison.Ordinal));
        Assert.DoesNotContain(urns, u => u.EndsWith("::broken", StringComparison.Ordinal) || u.EndsWith("::dependent", StringComparison.Ordinal));
        Assert.Single(project.WorldFiles());
    }

    [Fact]
    public async Task Up_CheckFailure_IsBadInput_NamesResourceAndProperty()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(_ => new FileThing("thing", new FileThingArgs { Content = "invalid value" }), "up", "--stack", "dev", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("invalid inputs for files:index:Thing 'thing': content: must not contain 'invalid'", run.Error);
        Assert.Empty(project.WorldFiles());
    }

    [Fact]
    public async Task Up_DuplicateUrn_IsBadInput()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(s =>
        {
            _ = new FileThing("same", new FileThingArgs());
            _ = new FileThing("same", new FileThingArgs());
        }, "up", "--stack", "dev", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("duplicate resource URN urn:pulumi:dev::testproj::files:index:Thing::same", run.Error);
    }

    [Fact]
    public async Task Up_ProgramThrows_ReportsWithoutStackTrace()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(_ => throw new InvalidOperationException("boom in program"), "up", "--stack", "dev", "--yes");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the program failed: InvalidOperationException: boom in program", run.Error);
        Assert.DoesNotContain("   at ", run.Error + run.Out);
    }
}
