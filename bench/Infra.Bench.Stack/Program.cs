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
// The stack runs on the Kubernetes provider adapter (discovered from Infra.Providers.Kubernetes, render mode by
// default); INFRA_BENCH_PROVIDER=local uses the bench-local RenderProvider instead (explicit registration wins), which
// stood in for the adapter before it landed and is kept to compare the two.
var providers = Environment.GetEnvironmentVariable("INFRA_BENCH_PROVIDER") == "local" ? new Infra.Providers.IProviderFactory[] { new RenderProviderFactory() } : [];
var exitCode = await InfraProgram.RunAsync<BenchStack>(args, providers).ConfigureAwait(false);
if (RuntimeStats.Enabled)
{
    RuntimeStats.Print(Console.Error);
}
return exitCode;
