using System.Globalization;

namespace Infra.Aot.Tests;

/// <summary>A scratch project of the bench stack program in render mode (namespace bundles), run by one build.</summary>
public sealed class BenchProject : IDisposable
{
    private const int Units = 120;
    private readonly string _program;

    private BenchProject(string program, string directory, string shape)
    {
        _program = program;
        Directory = directory;
        Shape = shape;
    }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>The bench stack's shape: flat or nested.</summary>
    public string Shape { get; }

    /// <summary>Creates the project; <paramref name="stackFile"/> replaces the default Pulumi.dev.yaml.</summary>
    public static BenchProject Create(string program, string shape, string? stackFile = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("infra-aot-project-").FullName;
        File.WriteAllText(Path.Combine(directory, "Pulumi.yaml"), "name: bench\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(directory, "Pulumi.dev.yaml"), stackFile ?? "config:\n  kubernetes:renderLayout: namespace\n");
        return new BenchProject(program, directory, shape);
    }

    /// <summary>Runs one command of the program at <paramref name="revision"/> of the bench stack.</summary>
    public Task<ChildRun> RunAsync(IReadOnlyList<string> arguments, int revision) =>
        ChildRun.RunAsync(_program, arguments, Directory, new Dictionary<string, string>
        {
            ["INFRA_CONFIG_PASSPHRASE"] = "aot-check",
            ["INFRA_BENCH_N"] = Units.ToString(CultureInfo.InvariantCulture),
            ["INFRA_BENCH_SHAPE"] = Shape,
            ["INFRA_BENCH_REVISION"] = revision.ToString(CultureInfo.InvariantCulture),
        }, TimeSpan.FromMinutes(3));

    /// <summary>Writes a policy pack (in the project folder) whose mandatory rule wants <paramref name="label"/> on every changed Kubernetes object.</summary>
    public string WritePolicyPack(string label)
    {
        var pack = Path.Combine(Directory, "pack");
        System.IO.Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "policy-pack.yaml"), $"""
            name: labels
            version: 0.1.0
            config:
              requiredLabels: [{label}]
            policies:
              - name: required-labels
                package: labels.required
                enforcement: mandatory
                severity: medium
            """);
        File.WriteAllText(Path.Combine(pack, "labels.rego"), """
            package labels.required

            deny contains {"msg": msg, "urn": r.urn} if {
            	some r in input.resources
            	r.kind in {"create", "update", "replace"}
            	startswith(r.type, "kubernetes:")
            	some label in data.config.requiredLabels
            	not r.inputs.manifest.metadata.labels[label]
            	msg := sprintf("%s %s has no %s label", [r.inputs.manifest.kind, r.inputs.manifest.metadata.name, label])
            }
            """);
        return pack;
    }

    /// <summary>Every file under the project's output folder (path relative to it, then its text), in path order.</summary>
    public IReadOnlyList<string> RenderedFiles()
    {
        var output = Path.Combine(Directory, "out");
        return !System.IO.Directory.Exists(output)
            ? []
            : System.IO.Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(output, f) + "\n" + File.ReadAllText(f))
                .ToList();
    }

    /// <inheritdoc />
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
