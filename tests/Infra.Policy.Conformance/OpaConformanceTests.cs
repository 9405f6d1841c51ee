using System.Globalization;
using Xunit.Abstractions;

namespace Infra.Policy.Conformance.Tests;

public sealed class OpaConformanceTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void RunAll_OpaCases_PassCountAtLeastRatchet()
    {
        var cases = RepoPaths.CasesDir();
        if (cases is null)
        {
            Assert.False(RepoPaths.IsCi, "OPA conformance cases not found under ../shared/conformance/opa/cases");
            Skip.If(true, "OPA conformance cases not present");
        }
        var report = ConformanceRunner.Run(cases!);
        var text = report.Format();
        output.WriteLine(text);
        if (Environment.GetEnvironmentVariable("REGO_CONFORMANCE_REPORT") is { Length: > 0 } path) File.WriteAllText(path, text);
        var ratchetFile = Path.Combine(RepoPaths.RepoRoot()!, "tests", "Infra.Policy.Conformance", "ratchet.txt");
        var ratchet = int.Parse(File.ReadAllText(ratchetFile).Trim(), CultureInfo.InvariantCulture);
        Assert.True(report.Passed >= ratchet, $"conformance regressed: {report.Passed} passed, ratchet is {ratchet}");
    }
}
