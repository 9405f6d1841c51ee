using Xunit.Abstractions;

namespace Infra.Compositions.Conformance.Tests;

public sealed class ConformanceSuiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sources => new() { "cases.json", "cases-extra.json", "examples" };

    [SkippableTheory]
    [MemberData(nameof(Sources))]
    public void Run_AllCases_OnlyKnownFailuresFail(string source)
    {
        var folder = ConformanceData.RequireFolder();
        var path = Path.Combine(folder, source);
        var report = source == "examples"
            ? ConformanceRunner.RunExamples(path)
            : ConformanceRunner.RunVectorFile(path, out var diagnostic) ?? throw new InvalidOperationException(diagnostic!.ToString());
        var known = ConformanceData.KnownFailures();

        output.WriteLine($"{source}: {report.Summary}");
        var unexpected = new List<string>();
        foreach (var result in report.Cases)
        {
            var isKnown = known.TryGetValue(result.Id, out var why);
            if (!result.Passed)
            {
                output.WriteLine($"FAIL {result.Id}{(isKnown ? " (known: " + why + ")" : "")}: {result.Reason}");
                output.WriteLine($"  repro: infra composition conformance {path}");
                if (!isKnown) unexpected.Add($"{result.Id}: {result.Reason}");
            }
            else if (isKnown)
            {
                unexpected.Add($"{result.Id} passes but is listed in known-failures.txt; remove it");
            }
        }
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }
}
