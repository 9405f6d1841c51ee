using Infra.Engine.Tests.Support;

namespace Infra.Engine.Tests.Compositions;

public sealed class CompositionCliTests
{
    [SkippableFact]
    public async Task Render_Example_PrintsExactlyWhatCrossplaneRenderPrints()
    {
        var examples = Path.Combine(SharedData.Require(), "conformance", "patch-and-transform", "examples");
        using var project = new TempProject();
        var run = await project.RunCliAsync("composition", "render",
            Path.Combine(examples, "xr.yaml"), Path.Combine(examples, "composition.yaml"), Path.Combine(examples, "functions.yaml"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(examples, "expected-output.yaml")), run.Out);
    }

    [SkippableFact]
    public async Task Render_CompositionWithAnotherFunction_ExitsTwoNamingIt()
    {
        var multistep = Path.Combine(SharedData.Require(), "conformance", "patch-and-transform", "examples", "multistep");
        using var project = new TempProject();
        var run = await project.RunCliAsync("composition", "render",
            Path.Combine(multistep, "xr.yaml"), Path.Combine(multistep, "composition.yaml"), Path.Combine(multistep, "functions.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("function-go-templating", run.Error);
    }

    [SkippableFact]
    public async Task Conformance_VectorFile_PrintsCounts()
    {
        var cases = Path.Combine(SharedData.Require(), "conformance", "patch-and-transform", "cases.json");
        using var project = new TempProject();
        var run = await project.RunCliAsync("composition", "conformance", cases);
        Assert.Matches(@"\d+ passed, \d+ failed", run.Out);
    }

    [Fact]
    public async Task Render_InvalidYaml_ExitsTwoNamingTheFile()
    {
        using var project = new TempProject();
        File.WriteAllText(project.Path("xr.yaml"), "apiVersion: [\n");
        File.WriteAllText(project.Path("comp.yaml"), "kind: Composition\n");
        var run = await project.RunCliAsync("composition", "render", "xr.yaml", "comp.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xr.yaml", run.Error);
    }
}
