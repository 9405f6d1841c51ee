using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Infra.Policy;
using Infra.Policy.Values;

namespace Infra.Bench.Stack;

/// <summary>
/// The policy-gate scenario: loads a Rego pack, reads a plan saved by <c>preview --save-plan</c> and evaluates
/// <c>data.bench.k8s.deny</c> over it, printing one line of figures. Exit 0 when nothing is denied, 3 when the plan
/// is denied, 2 on bad input (missing files, Rego errors).
/// </summary>
public static class PolicyGate
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length != 2 || !File.Exists(args[0]) || !Directory.Exists(args[1]))
        {
            await Console.Error.WriteLineAsync("usage: policy-gate PLAN.json PACK-DIRECTORY").ConfigureAwait(false);
            return 2;
        }
        var total = Stopwatch.StartNew();
        var engine = new RegoEngine(new RegoOptions { StrictBuiltinErrors = false, Timeout = TimeSpan.FromMinutes(5) });
        var loadErrors = engine.LoadDirectory(args[1]);
        if (loadErrors.Count > 0)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, loadErrors)).ConfigureAwait(false);
            return 2;
        }
        var load = total.Elapsed;
        // The plan is read straight into Rego values: no JSON tree in between.
        // Read synchronously: an async read would move the evaluation to a pool thread and leave other pool threads
        // spinning for work on a two-core machine.
        var plan = JsonConvert.FromUtf8(File.ReadAllBytes(args[0]));
        var read = total.Elapsed;
        var result = await engine.EvaluateRuleValueAsync("data.bench.k8s.deny", plan, cancellationToken).ConfigureAwait(false);
        var evaluate = total.Elapsed;
        if (result.Diagnostics.Count > 0)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Diagnostics)).ConfigureAwait(false);
            return 2;
        }
        var denied = result.Rows.Count > 0 && result.Rows[0]["result"] is JsonArray messages ? messages : [];
        foreach (var message in denied.Take(10))
        {
            Console.WriteLine($"deny: {message}");
        }
        var steps = plan is ObjectValue o && o.Get("steps") is ArrayValue array ? array.Count : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"policy-gate steps={steps} violations={denied.Count} load_ms={load.TotalMilliseconds:F0} read_plan_ms={(read - load).TotalMilliseconds:F0} eval_ms={(evaluate - read).TotalMilliseconds:F0}"));
        return denied.Count > 0 ? 3 : 0;
    }
}
