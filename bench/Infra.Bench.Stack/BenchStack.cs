namespace Infra.Bench.Stack;

/// <summary>
/// The synthetic stack: <see cref="BenchShape.Units"/> units of three Kubernetes objects each. Flat, or nested in
/// components three levels deep (region → team → app, ten teams per region and ten apps per team).
/// </summary>
public sealed class BenchStack : Infra.Stack
{
    private const int Fanout = 10;

    public BenchStack()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var shape = BenchShape.FromEnvironment();
        var factory = new UnitFactory(shape);
        var services = new Resource[shape.Units];
        ComponentResource? region = null;
        ComponentResource? team = null;
        for (var unit = 0; unit < shape.Units; unit++)
        {
            Resource? parent = null;
            if (shape.Nested)
            {
                if (unit % (Fanout * Fanout) == 0)
                {
                    region = new ComponentResource("bench:index:Region", $"region-{unit / (Fanout * Fanout):D3}");
                }
                if (unit % Fanout == 0)
                {
                    team = new ComponentResource("bench:index:Team", $"team-{unit / Fanout:D4}", new ResourceOptions { Parent = region });
                }
                parent = new ComponentResource("bench:index:App", $"app-{unit:D5}", new ResourceOptions { Parent = team });
            }
            services[unit] = factory.Register(unit, unit == 0 ? null : services[(unit - 1) / 2], parent);
        }
        if (Environment.GetEnvironmentVariable("INFRA_BENCH_TIMING") == "1")
        {
            // Time spent in the program's own code (building models, registering), as opposed to the engine's.
            Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"bench-stack: constructed {shape.Units * BenchShape.ObjectsPerUnit} objects in {clock.Elapsed.TotalMilliseconds:F0} ms (process uptime {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms)"));
        }
    }
}
