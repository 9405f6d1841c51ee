using Infra.Compositions.Tests.Rendering;

namespace Infra.Compositions.Tests;

public sealed class ConformanceRunnerTests
{
    [Fact]
    public void Run_VectorFile_CountsPassesAndFailures()
    {
        using var folder = new TempFolder();
        var file = folder.Write("v.json", """
            {"cases":[
              {"id":"ok","kind":"transform","input":"US","config":{"transforms":[{"type":"map","map":{"US":"us-east-2"}}]},"want":"us-east-2"},
              {"id":"wrong","kind":"transform","input":"US","config":{"transforms":[{"type":"map","map":{"US":"us-east-2"}}]},"want":"eu"},
              {"id":"err","kind":"patch","input":{"from":{"spec":{}},"to":{"kind":"K"}},"config":{"fromFieldPath":"spec.x"},"wantError":true,"wantErrorMessage":"spec.x: no such field","wantNotFound":true}
            ]}
            """);
        var result = ConformanceRunner.Run(file);
        Assert.Equal(CompositionExitCodes.Failures, result.ExitCode);
        Assert.Equal("FAIL wrong: value: want \"eu\", got \"us-east-2\"\n2 passed, 1 failed\n", result.Output);
    }

    [Fact]
    public void Run_UnreadableFile_BadInput()
    {
        using var folder = new TempFolder();
        var result = ConformanceRunner.Run(folder.Write("v.json", "{not json"));
        Assert.Equal(CompositionExitCodes.BadInput, result.ExitCode);
    }
}
