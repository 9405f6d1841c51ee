using Infra.Cli;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;

namespace Infra.Providers.Kubernetes.Tests.Support;

/// <summary>A temporary project folder (Pulumi.yaml, stack <c>dev</c>) whose CLI runs in-process.</summary>
public sealed class CliProject : IDisposable
{
    public static readonly string[] Up = ["up", "--stack", "dev", "--yes"];

    private readonly Dictionary<string, string?> variables = new(StringComparer.Ordinal)
    {
        ["INFRA_CONFIG_PASSPHRASE"] = "correct horse battery staple",
    };

    public CliProject(string stackConfig = "")
    {
        Directory = Path.Combine(Path.GetTempPath(), "infra-k8s-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Combine("Pulumi.yaml"), "name: k8sproj\nruntime: dotnet\n");
        SetStackConfig(stackConfig);
    }

    public string Directory { get; }

    /// <summary>Environment variables the CLI sees (e.g. <c>INFRA_CRASH_AT</c> to inject a crash).</summary>
    public IDictionary<string, string?> Variables => variables;

    /// <summary>The folder render mode writes stack <c>dev</c> to.</summary>
    public string RenderedDirectory => Combine("out/dev");

    public string Combine(string relative) => Path.Combine(Directory, relative);

    /// <summary>Replaces the stack's config; <paramref name="lines"/> are YAML lines under <c>config:</c>, e.g. <c>kubernetes:renderSecrets: true</c>.</summary>
    public void SetStackConfig(string lines) =>
        File.WriteAllText(Combine("Pulumi.dev.yaml"), lines.Length == 0 ? "config: {}\n" : "config:\n" + string.Join('\n', lines.Split('\n').Select(l => "  " + l)) + "\n");

    /// <summary>Runs the CLI with <paramref name="body"/> as the program (providers found from this test assembly's references).</summary>
    public async Task<CliRun> RunAsync(Action body, params string[] args)
    {
        var program = new StackProgram(() => new DelegateStack(body), typeof(CliProject).Assembly);
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty), Directory, new WorkspaceEnvironment(variables, TimeProvider.System), false, program, []);
        var code = await InfraCli.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Rendered file names, sorted.</summary>
    public IReadOnlyList<string> RenderedFiles() =>
        System.IO.Directory.Exists(RenderedDirectory)
            ? System.IO.Directory.GetFiles(RenderedDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Every rendered file's bytes, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Snapshot() =>
        RenderedFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(RenderedDirectory, f)), StringComparer.Ordinal);

    /// <summary>Every rendered file's last write time, by name.</summary>
    public IReadOnlyDictionary<string, DateTime> WriteTimes() =>
        RenderedFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(RenderedDirectory, f)), StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not affect other tests.
        }
    }
}

/// <summary>The outcome of one CLI run.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
