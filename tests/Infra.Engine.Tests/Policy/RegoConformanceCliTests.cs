using Infra.Engine.Tests.Support;

namespace Infra.Engine.Tests.Policy;

public sealed class RegoConformanceCliTests
{
    [SkippableFact]
    public async Task PolicyConformance_OneCategory_PrintsCountsAndPasses()
    {
        var cases = Path.Combine(SharedData.Require(), "conformance", "opa", "cases");
        using var project = new TempProject();
        Directory.CreateDirectory(project.Path("subset"));
        CopyDirectory(Path.Combine(cases, "helloworld"), project.Path("subset/helloworld"));
        var run = await project.RunCliAsync("policy", "conformance", project.Path("subset"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"\d+ passed, 0 failed", run.Out);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
