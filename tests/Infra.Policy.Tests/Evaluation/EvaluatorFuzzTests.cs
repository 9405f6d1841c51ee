using System.Diagnostics;
using Infra.Policy.Conformance;

namespace Infra.Policy.Tests.Evaluation;

public sealed class EvaluatorFuzzTests
{
    [Fact]
    public async Task EvaluateAsync_MutatedPolicies_ReturnDiagnosticsNotExceptions()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln"))) dir = dir.Parent;
        var casesDir = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "conformance", "opa", "cases"));
        var cases = casesDir is not null && Directory.Exists(casesDir) ? ConformanceLoader.Load(casesDir).Where(c => c.Modules.Count > 0).ToList() : [];
        var modules = cases.Count > 0 ? cases.Select(c => (c.Modules[0], c.Query)).ToList()
            : [("package t\np contains x if { some x in input.xs; x > 1 }\nq := count(p)", "data.t.q = x")];
        var rng = new Random(4242);
        const string alphabet = "{}[]()\".,;:=!<>+-*/|&\n abcxyz01_";
        var sw = Stopwatch.StartNew();
        var runs = 0;
        while (sw.Elapsed < TimeSpan.FromSeconds(5))
        {
            var (module, query) = modules[rng.Next(modules.Count)];
            var chars = module.ToList();
            for (var e = rng.Next(1, 4); e > 0 && chars.Count > 0; e--)
            {
                var pos = rng.Next(chars.Count);
                if (rng.Next(2) == 0) chars.RemoveAt(pos);
                else chars[pos] = alphabet[rng.Next(alphabet.Length)];
            }
            var engine = new RegoEngine(new RegoOptions { MaxSteps = 200_000, Timeout = TimeSpan.FromSeconds(2) });
            engine.AddModule("f.rego", new string(chars.ToArray()));
            var result = await engine.EvaluateAsync(query, null, CancellationToken.None);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "eval_internal_error" && !d.Message.Contains("nesting", StringComparison.Ordinal));
            runs++;
        }
        Assert.True(runs > 50, $"only {runs} runs");
    }
}
