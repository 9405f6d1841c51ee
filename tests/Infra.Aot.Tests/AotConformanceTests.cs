using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Infra.Aot.Tests;

/// <summary>
/// The Native AOT build of a stack program does what the JIT build of the same program does: the same files rendered,
/// the same plans, policy verdicts, Rego test results and errors. Each case runs both builds on copies of one project.
/// </summary>
public sealed partial class AotConformanceTests(AotBuildFixture build, ITestOutputHelper output) : IClassFixture<AotBuildFixture>
{
    [Fact]
    public void Publish_InfraAssemblies_HaveNoTrimOrAotWarnings()
    {
        var warnings = (build.Publish.Out + build.Publish.Error).Split('\n').Where(l => l.Contains("warning IL", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join('\n', warnings));

        Assert.DoesNotContain(warnings, w => w.Contains("Infra.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flat")]
    [InlineData("nested")]
    public async Task Lifecycle_Stack_AotRendersWhatJitRenders(string shape)
    {
        using var jit = BenchProject.Create(build.Jit, shape);
        using var aot = BenchProject.Create(build.Native, shape);

        foreach (var (revision, command) in new[] { (0, "preview"), (0, "up"), (0, "up"), (1, "up"), (1, "destroy") })
        {
            string[] arguments = command == "preview" ? ["preview", "--stack", "dev"] : [command, "--stack", "dev", "--yes"];
            var expected = await jit.RunAsync(arguments, revision);
            var actual = await aot.RunAsync(arguments, revision);

            Assert.True(expected.ExitCode == 0, expected.ToString());
            Assert.True(actual.ExitCode == 0, actual.ToString());
            Assert.Equal(Summary(expected.Out), Summary(actual.Out));
            Assert.Equal(jit.RenderedFiles(), aot.RenderedFiles());
        }
    }

    [Fact]
    public async Task PolicyGate_HardeningPack_AotFindsWhatJitFinds()
    {
        using var jit = BenchProject.Create(build.Jit, "flat");
        using var aot = BenchProject.Create(build.Native, "flat");
        string[] arguments = ["preview", "--stack", "dev", "--policy-pack", Path.Combine(build.Root, "policies", "kubernetes-hardening")];

        var expected = await jit.RunAsync(arguments, 0);
        var actual = await aot.RunAsync(arguments, 0);

        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(Timeless(expected.Out), Timeless(actual.Out));
        Assert.Equal(Timeless(expected.Error), Timeless(actual.Error));
    }

    [Fact]
    public async Task PolicyTest_EveryPack_AotPassesWhatJitPasses()
    {
        using var jit = BenchProject.Create(build.Jit, "flat");
        using var aot = BenchProject.Create(build.Native, "flat");
        string[] arguments = ["policy", "test", Path.Combine(build.Root, "policies")];

        var expected = await jit.RunAsync(arguments, 0);
        var actual = await aot.RunAsync(arguments, 0);

        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(Timeless(expected.Out), Timeless(actual.Out));
    }

    [Fact]
    public async Task BadStackFile_Aot_FailsLikeJitNamingTheLine()
    {
        using var jit = BenchProject.Create(build.Jit, "flat", stackFile: "config:\n  kubernetes:renderLayout: [namespace\n");
        using var aot = BenchProject.Create(build.Native, "flat", stackFile: "config:\n  kubernetes:renderLayout: [namespace\n");

        var expected = await jit.RunAsync(["preview", "--stack", "dev"], 0);
        var actual = await aot.RunAsync(["preview", "--stack", "dev"], 0);

        Assert.NotEqual(0, expected.ExitCode);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Contains("Pulumi.dev.yaml", actual.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", actual.Error, StringComparison.Ordinal);
        Assert.Equal(expected.Error.Replace(jit.Directory, "<project>", StringComparison.Ordinal), actual.Error.Replace(aot.Directory, "<project>", StringComparison.Ordinal));
    }

    // The change counts of a run ("12 created", "3 unchanged"), which must match; durations may not.
    private static string Summary(string stdout) =>
        string.Join('\n', CountLine().Matches(stdout).Select(m => m.Value));

    private static string Timeless(string text) => Duration().Replace(text, "<duration>");

    [GeneratedRegex(@"\b\d+ (created|updated|replaced|deleted|unchanged)\b")]
    private static partial Regex CountLine();

    [GeneratedRegex(@"\d+(\.\d+)?\s?(ms|s)\b")]
    private static partial Regex Duration();
}
