using Infra.Bench.Stack;
using Infra.Cli;

// The synthetic benchmark stack; `policy-gate PLAN PACKDIR` evaluates a Rego pack over a saved plan instead, and
// `breakdown N` times the per-object conversions of a render-mode up one phase at a time.
if (args.Length > 0 && args[0] == "policy-gate")
{
    return await PolicyGate.RunAsync(args[1..], CancellationToken.None).ConfigureAwait(false);
}
if (args.Length > 0 && args[0] == "breakdown")
{
    return await ObjectCostBreakdown.RunAsync(args[1..], CancellationToken.None).ConfigureAwait(false);
}
return await InfraProgram.RunAsync<BenchStack>(args, [new RenderProviderFactory()]).ConfigureAwait(false);
