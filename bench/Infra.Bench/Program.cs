using Infra.Bench;

// Usage: Infra.Bench [--quick] [--sizes 1000,10000,50000] [--shapes flat,nested] [--runs 3] [--no-peers] [--no-io]
//                    [--results FILE] [--stack PATH-TO-Infra.Bench.Stack] [--render-layout object|namespace]
BenchOptions options;
var root = RepositoryRoot.Find(AppContext.BaseDirectory);
try
{
    options = BenchOptions.Parse(args, root);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var report = await new BenchHarness(options, root, Console.Out).RunAsync(CancellationToken.None).ConfigureAwait(false);
Console.WriteLine();
Console.WriteLine(report);
if (options.ResultsFile is not null)
{
    await File.WriteAllTextAsync(options.ResultsFile, report).ConfigureAwait(false);
}
return 0;
