using Infra.Cli;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Support;

/// <summary>A project folder in temp with Pulumi.yaml and a dev stack, plus helpers to run the CLI in-process.</summary>
public sealed class TempProject : IDisposable
{
    public const string Passphrase = "correct horse battery staple";

    public TempProject(string? projectYaml = null, string stackYaml = "config: {}\n")
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "infra-test-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path("Pulumi.yaml"), projectYaml ?? "name: testproj\nruntime: dotnet\n");
        File.WriteAllText(Path("Pulumi.dev.yaml"), stackYaml);
        Variables["INFRA_CONFIG_PASSPHRASE"] = Passphrase;
    }

    public string Directory { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public string World => Path("world");

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>Runs the CLI in-process for <paramref name="body"/> as the program.</summary>
    public Task<CliRun> RunAsync(Action<LambdaStack> body, params string[] args) =>
        RunProgramAsync(new StackProgram(() => new LambdaStack(body), typeof(FileThing).Assembly), args);

    /// <summary>Runs the CLI in-process without a program (stack, config and state verbs).</summary>
    public Task<CliRun> RunCliAsync(params string[] args) => RunProgramAsync(null, args);

    /// <summary>Backend factories the in-process CLI offers besides file://.</summary>
    public List<IBackendFactory> BackendFactories { get; } = [];

    /// <summary>Runs the CLI in-process for a program.</summary>
    public async Task<CliRun> RunProgramAsync(StackProgram? program, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(""), Directory, new WorkspaceEnvironment(Variables, TimeProvider.System), false, program, [.. BackendFactories]);
        var code = await InfraCli.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The files the test provider holds (resource IDs).</summary>
    public IReadOnlyList<string> WorldFiles() =>
        System.IO.Directory.Exists(World)
            ? System.IO.Directory.GetFiles(World).Select(System.IO.Path.GetFileName).OfType<string>().Where(f => !f.StartsWith('.') && !f.EndsWith(".log", StringComparison.Ordinal)).Order().ToList()
            : [];

    /// <summary>The provider's call log lines.</summary>
    public IReadOnlyList<string> Calls() =>
        File.Exists(System.IO.Path.Combine(World, "calls.log")) ? File.ReadAllLines(System.IO.Path.Combine(World, "calls.log")) : [];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The outcome of one CLI run.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
