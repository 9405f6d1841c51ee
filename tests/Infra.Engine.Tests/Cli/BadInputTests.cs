using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Cli;

public sealed class BadInputTests
{
    public static TheoryData<string, string, string> ProjectFiles => new()
    {
        { "missing name", "runtime: dotnet\n", "Pulumi.yaml: missing required field 'name'" },
        { "wrong runtime", "name: p\nruntime: nodejs\n", "Pulumi.yaml:2:10: 'runtime' must be 'dotnet' for Infra programs, got 'nodejs'" },
        { "bad yaml", "name: p\nruntime: [dotnet\n", "Pulumi.yaml:3:1: invalid YAML" },
        { "bad config type", "name: p\nruntime: dotnet\nconfig:\n  size:\n    type: number\n", "Pulumi.yaml:5:11: config key 'p:size': type must be one of string, integer, boolean, array, got 'number'" },
        { "bad default", "name: p\nruntime: dotnet\nconfig:\n  size:\n    type: integer\n    default: big\n", "Pulumi.yaml:4:3: config key 'p:size': default must be an integer, got 'big'" },
    };

    [Theory]
    [MemberData(nameof(ProjectFiles))]
    public async Task Preview_InvalidProjectFile_ExitsTwoNamingFileLineAndField(string name, string yaml, string expected)
    {
        using var project = new TempProject(yaml);
        var run = await project.RunAsync(_ => { }, "preview", "--stack", "dev");
        Assert.True(run.ExitCode == 2, $"{name}: {run}");
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    public static TheoryData<string, string, string> StackFiles => new()
    {
        { "wrong type", "config:\n  testproj:replicas: three\n", "Pulumi.dev.yaml:2:3: config key 'testproj:replicas' must be an integer, got 'three'" },
        { "unknown field", "confg:\n  a: b\n", "Pulumi.dev.yaml:1:1: unknown field 'confg'" },
        { "not a mapping", "- a\n", "Pulumi.dev.yaml:1:1: a stack file must be a mapping" },
    };

    [Theory]
    [MemberData(nameof(StackFiles))]
    public async Task Preview_InvalidStackFile_ExitsTwoNamingFileLineAndKey(string name, string yaml, string expected)
    {
        using var project = new TempProject("name: testproj\nruntime: dotnet\nconfig:\n  replicas:\n    type: integer\n    default: 3\n", yaml);
        var run = await project.RunAsync(_ => { }, "preview", "--stack", "dev");
        Assert.True(run.ExitCode == 2, $"{name}: {run}");
        Assert.Contains(expected, run.Error);
    }

    [Fact]
    public async Task Preview_RequiredConfigMissing_NamesKeyAndDeclaration()
    {
        using var project = new TempProject("name: testproj\nruntime: dotnet\nconfig:\n  region:\n    type: string\n");
        var run = await project.RunAsync(_ => { }, "preview", "--stack", "dev");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Pulumi.dev.yaml: missing required config key 'testproj:region' (declared in Pulumi.yaml:4:3)", run.Error);
    }

    [Fact]
    public async Task Up_UnknownStack_ExitsTwo()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(_ => { }, "up", "--stack", "nope", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stack 'nope' does not exist", run.Error);
    }

    [Fact]
    public async Task NoProjectFile_ExitsTwo()
    {
        using var project = new TempProject();
        File.Delete(project.Path("Pulumi.yaml"));
        var run = await project.RunAsync(_ => { }, "stack", "ls");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No Pulumi.yaml found", run.Error);
    }

    [Fact]
    public async Task UnknownFlag_ExitsTwo()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(_ => { }, "up", "--no-such-flag");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-flag", run.Error);
    }

    [Fact]
    public async Task Up_NotInteractiveWithoutYes_ExitsTwoAndChangesNothing()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs()), "up", "--stack", "dev");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--yes must be passed to update in non-interactive mode", run.Error);
        Assert.Empty(project.WorldFiles());
    }
}
