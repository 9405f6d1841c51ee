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
            var (expected, actual) = await RunBothAsync(jit, aot, arguments, revision);

            Assert.True(expected.ExitCode == 0, expected.ToString());
            Assert.True(actual.ExitCode == 0, actual.ToString());
            Assert.Equal(Summary(expected.Out), Summary(actual.Out));
            Assert.Equal(jit.RenderedFiles(), aot.RenderedFiles());
        }
    }

    // A pack written here whose mandatory rule wants a label (missing on every object, or present on all), and the
    // repository's hardening pack.
    [Theory]
    [InlineData("flat", "team", true)]
    [InlineData("flat", "app.kubernetes.io/name", false)]
    [InlineData("nested", null, false)]
    public async Task PolicyGate_Pack_AotGivesTheJitVerdicts(string shape, string? requiredLabel, bool violations)
    {
        using var jit = BenchProject.Create(build.Jit, shape);
        using var aot = BenchProject.Create(build.Native, shape);
        var pack = requiredLabel is null ? Path.Combine(build.Root, "policies", "kubernetes-hardening") : jit.WritePolicyPack(requiredLabel);

        var (expected, actual) = await RunBothAsync(jit, aot, ["preview", "--stack", "dev", "--policy-pack", pack]);

        Assert.True((expected.ExitCode != 0) == violations, expected.ToString());
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(PolicyLines(expected), PolicyLines(actual));
    }

    [Fact]
    public async Task PolicyTest_EveryPack_AotPassesWhatJitPasses()
    {
        using var jit = BenchProject.Create(build.Jit, "flat");
        using var aot = BenchProject.Create(build.Native, "flat");
        var (expected, actual) = await RunBothAsync(jit, aot, ["policy", "test", Path.Combine(build.Root, "policies")]);

        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(Timeless(expected.Out), Timeless(actual.Out));
    }

    [Fact]
    public async Task BadStackFile_Aot_FailsLikeJitNamingTheLine()
    {
        using var jit = BenchProject.Create(build.Jit, "flat", stackFile: "config:\n  kubernetes:renderLayout: [namespace\n");
        using var aot = BenchProject.Create(build.Native, "flat", stackFile: "config:\n  kubernetes:renderLayout: [namespace\n");

        var (expected, actual) = await RunBothAsync(jit, aot, ["preview", "--stack", "dev"]);

        Assert.NotEqual(0, expected.ExitCode);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Contains("Pulumi.dev.yaml", actual.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", actual.Error, StringComparison.Ordinal);
        Assert.Equal(expected.Error.Replace(jit.Directory, "<project>", StringComparison.Ordinal), actual.Error.Replace(aot.Directory, "<project>", StringComparison.Ordinal));
    }

    private static async Task<(ChildRun Jit, ChildRun Aot)> RunBothAsync(BenchProject jit, BenchProject aot, string[] arguments, int revision = 0) =>
        (await jit.RunAsync(arguments, revision), await aot.RunAsync(arguments, revision));

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
