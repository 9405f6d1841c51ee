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
        // "<assembly or ILC> : warning ILnnnn: <member>: <message> [<project being published>]": the project is ours, the source need not be.
        var warnings = (build.Publish.Out + build.Publish.Error).Split('\n')
            .Where(l => l.Contains("warning IL", StringComparison.Ordinal))
            .Select(l => ProjectSuffix().Replace(l, ""))
            .ToList();
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

    [Theory]
    [InlineData("team", 1)]
    [InlineData("app.kubernetes.io/name", 0)]
    public async Task PolicyGate_RequiredLabelsPack_AotFindsWhatJitFinds(string requiredLabel, int violationsExpected)
    {
        using var jit = BenchProject.Create(build.Jit, "flat");
        using var aot = BenchProject.Create(build.Native, "flat");
        var pack = jit.WritePolicyPack(requiredLabel);
        string[] arguments = ["preview", "--stack", "dev", "--policy-pack", pack];

        var expected = await jit.RunAsync(arguments, 0);
        var actual = await aot.RunAsync(arguments, 0);

        Assert.True((expected.ExitCode != 0) == (violationsExpected > 0), expected.ToString());
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(PolicyLines(expected), PolicyLines(actual));
    }

    [Fact]
    public async Task PolicyGate_HardeningPack_AotPassesWhatJitPasses()
    {
        using var jit = BenchProject.Create(build.Jit, "nested");
        using var aot = BenchProject.Create(build.Native, "nested");
        string[] arguments = ["preview", "--stack", "dev", "--policy-pack", Path.Combine(build.Root, "policies", "kubernetes-hardening")];

        var expected = await jit.RunAsync(arguments, 0);
        var actual = await aot.RunAsync(arguments, 0);

        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(PolicyLines(expected), PolicyLines(actual));
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

    // The change counts of a run's summary ("12 created", "+ 19 to create"), which must match; steps run in parallel,
    // so the order of the per-resource lines may not.
    private static string Summary(string stdout) =>
        string.Join('\n', CountLine().Matches(stdout).Select(m => m.Value.Trim()));

    // What the policy gate printed (verdicts, violations, pack summary), in a stable order.
    private static IReadOnlyList<string> PolicyLines(ChildRun run) =>
        (run.Out + "\n" + run.Error).Split('\n')
            .Where(l => l.Contains("polic", StringComparison.OrdinalIgnoreCase) || l.Contains("violation", StringComparison.OrdinalIgnoreCase) || l.Contains(" label", StringComparison.Ordinal))
            .Select(l => Timeless(l).Trim())
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Timeless(string text) => Duration().Replace(text, "<duration>");

    [GeneratedRegex(@"^\s*[-+~]?\s*\d+ (to )?(create|created|update|updated|replace|replaced|delete|deleted|unchanged)\s*$", RegexOptions.Multiline)]
    private static partial Regex CountLine();

    [GeneratedRegex(@"\s\[[^\]]*\.csproj\]\s*$")]
    private static partial Regex ProjectSuffix();

    [GeneratedRegex(@"\d+(\.\d+)?\s?(ms|s)\b")]
    private static partial Regex Duration();
}
