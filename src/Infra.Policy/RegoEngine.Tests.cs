using System.Diagnostics;
using Infra.Policy.Ast;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy;

public sealed partial class RegoEngine
{
    /// <summary>Runs every rule whose name starts with <c>test_</c> (like <c>opa test</c>); a test passes when it evaluates to true.</summary>
    public Task<IReadOnlyList<RegoTestResult>> RunTestsAsync(CancellationToken cancellationToken = default)
    {
        var errors = EnsureCompiled();
        var results = new List<RegoTestResult>();
        if (errors.Count > 0)
        {
            results.Add(new RegoTestResult("<compile>", false, errors[0].ToString(), TimeSpan.Zero));
            return Task.FromResult<IReadOnlyList<RegoTestResult>>(results);
        }
        foreach (var node in AllNodes(_program!.Root))
        {
            if (node.Path.Count == 0 || node.Path[^1] is not StringValue { Value: var name } || !name.StartsWith("test_", StringComparison.Ordinal)) continue;
            if (node.Rules.Count == 0 || node.HasFunctions) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var path = node.PathText;
            var sw = Stopwatch.StartNew();
            var outcome = Evaluate($"__test__ := {path}", null, cancellationToken);
            sw.Stop();
            var passed = outcome.Error is null && outcome.Rows.Count == 1 && outcome.Rows[0].GetValueOrDefault("__test__") is BoolValue { Value: true };
            results.Add(new RegoTestResult(path, passed, outcome.Error?.OpaText, sw.Elapsed));
        }
        return Task.FromResult<IReadOnlyList<RegoTestResult>>(results);
    }

    private static IEnumerable<RuleNode> AllNodes(RuleNode root)
    {
        yield return root;
        foreach (var c in root.Children.Values)
        {
            foreach (var n in AllNodes(c)) yield return n;
        }
    }

    /// <summary>Parse diagnostics gathered so far (one per module that failed to parse).</summary>
    public IReadOnlyList<Diagnostic> ParseDiagnostics => _parseErrors;
}
