using Infra.Bench.Stack;
using Infra.Cli;

// The synthetic benchmark stack; `policy-gate PLAN PACKDIR` evaluates a Rego pack over a saved plan instead.
if (args.Length > 0 && args[0] == "policy-gate")
{
    return await PolicyGate.RunAsync(args[1..], CancellationToken.None).ConfigureAwait(false);
}
return await InfraProgram.RunAsync<BenchStack>(args, [new RenderProviderFactory()]).ConfigureAwait(false);
