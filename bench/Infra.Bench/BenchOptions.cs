namespace Infra.Bench;

/// <summary>What to run: sizes (Kubernetes objects), shapes, repetitions, peers, and where things are.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [1_000, 10_000, 50_000];

    public IReadOnlyList<string> Shapes { get; init; } = ["flat", "nested"];

    public int Runs { get; init; } = 3;

    public bool Peers { get; init; } = true;

    /// <summary>Count bytes written to state with strace (one extra, untimed lifecycle per size and shape).</summary>
    public bool CountStateWrites { get; init; } = true;

    public required string StackProgram { get; init; }

    public required string PolicyPack { get; init; }

    public required string PeersDirectory { get; init; }

    public string? ResultsFile { get; init; }

    /// <summary>
    /// <c>kubernetes:renderLayout</c> written to the fresh project's stack config: <c>namespace</c> (one multi-document
    /// YAML file per namespace) or <c>object</c> (one file per object).
    /// </summary>
    public string RenderLayout { get; init; } = "namespace";

    /// <summary>
    /// Parses <c>--sizes 1000,10000 --shapes flat --runs 3 --no-peers --no-io --results FILE --stack PATH
    /// --render-layout object|namespace</c>.
    /// </summary>
    public static BenchOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var options = new BenchOptions
        {
            StackProgram = DefaultStackProgram(repositoryRoot),
            PolicyPack = Path.Combine(repositoryRoot, "bench", "policy"),
            PeersDirectory = Path.Combine(repositoryRoot, "bench", "peers"),
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Next().Split(',').Select(int.Parse).ToList() },
                "--shapes" => options with { Shapes = Next().Split(',') },
                "--runs" => options with { Runs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--no-peers" => options with { Peers = false },
                "--no-io" => options with { CountStateWrites = false },
                "--results" => options with { ResultsFile = Path.GetFullPath(Next()) },
                "--stack" => options with { StackProgram = Path.GetFullPath(Next()) },
                "--quick" => options with { Sizes = [1_000, 10_000], Runs = 2 },
                "--render-layout" => options with { RenderLayout = Next() is var layout && layout is "object" or "namespace" ? layout : throw new ArgumentException("--render-layout is object or namespace") },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }

    /// <summary>The ReadyToRun publish of bench/run when there is one, else the plain Release build.</summary>
    private static string DefaultStackProgram(string root)
    {
        var published = Path.Combine(root, "bench", "Infra.Bench.Stack", "bin", "publish", "Infra.Bench.Stack");
        if (File.Exists(published))
        {
            return published;
        }
        var apphost = Path.Combine(root, "bench", "Infra.Bench.Stack", "bin", "Release", "net10.0", "Infra.Bench.Stack");
        return File.Exists(apphost) ? apphost : apphost + ".dll";
    }
}
