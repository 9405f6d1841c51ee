using Infra.Bench;
using Xunit;

namespace Infra.Bench.Smoke;

public sealed class StackProgramBuildTests
{
    public static TheoryData<string, bool> Assemblies => new()
    {
        // The shared framework ships precompiled; this repository's projects are built JIT-only by `dotnet build`.
        { typeof(object).Assembly.Location, true },
        { typeof(BenchOptions).Assembly.Location, false },
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void IsReadyToRun_Assembly_TellsPrecompiledCode(string assembly, bool expected)
    {
        Assert.Equal(expected, StackProgramBuild.IsReadyToRun(assembly));
    }
}
