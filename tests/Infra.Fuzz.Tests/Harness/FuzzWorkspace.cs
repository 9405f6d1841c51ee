using System.Diagnostics;
using Infra.Cli;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;
using Infra.TestPrograms;

namespace Infra.Fuzz.Tests.Harness;

/// <summary>
/// A project folder with a deployed dev stack, a saved plan, an export, a policy pack, a Rego module and a
/// composition: every file a fuzz target overwrites starts out valid. The CLI runs in-process.
/// </summary>
public sealed class FuzzWorkspace : IDisposable
{
    public const string ProjectYaml = "name: fuzzproj\nruntime: dotnet\ndescription: fuzzing seed\nconfig:\n  things:\n    type: integer\n    default: 2\n  content:\n    type: string\n    default: v1\n  tags:\n    type: array\n    items:\n      type: string\n";

    public const string StackYaml = "config:\n  fuzzproj:things: 3\n  fuzzproj:content: hello\n  fuzzproj:tags:\n    - x\n    - y\n";

    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    private FuzzWorkspace(string directory) => Directory = directory;

    public string Directory { get; }

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>Creates the folder and the valid files every target starts from.</summary>
    public static async Task<FuzzWorkspace> CreateAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "infra-fuzz-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(directory);
        var workspace = new FuzzWorkspace(directory);
        await File.WriteAllTextAsync(workspace.Path("Pulumi.yaml"), ProjectYaml);
        await File.WriteAllTextAsync(workspace.Path("Pulumi.dev.yaml"), StackYaml);
        var program = StackProgram.For<ConfiguredStack>();
        await workspace.MustSucceedAsync(program, "up", "--stack", "dev", "--yes");
        await workspace.MustSucceedAsync(null, "stack", "export", "--stack", "dev", "--file", "export.json");
        await File.WriteAllTextAsync(workspace.Path("Pulumi.dev.yaml"), StackYaml.Replace("things: 3", "things: 5", StringComparison.Ordinal).Replace("hello", "changed", StringComparison.Ordinal));
        await workspace.MustSucceedAsync(program, "preview", "--stack", "dev", "--save-plan", "plan.json");
        await File.WriteAllTextAsync(workspace.Path("Pulumi.dev.yaml"), StackYaml);
        System.IO.Directory.CreateDirectory(workspace.Path("pack"));
        await File.WriteAllTextAsync(workspace.Path("pack/policy-pack.yaml"), Seeds.PolicyPackYaml);
        await File.WriteAllTextAsync(workspace.Path("pack/things.rego"), Seeds.PackRego);
        await File.WriteAllTextAsync(workspace.Path("policy.rego"), Seeds.Rego);
        await File.WriteAllTextAsync(workspace.Path("input.json"), Seeds.RegoInput);
        await File.WriteAllTextAsync(workspace.Path("xr.yaml"), Seeds.CompositeResource);
        await File.WriteAllTextAsync(workspace.Path("composition.yaml"), Seeds.Composition);
        await File.WriteAllTextAsync(workspace.Path("functions.yaml"), Seeds.Functions);
        return workspace;
    }

    /// <summary>Writes <paramref name="content"/> as the target's file and runs its verb, failing on a hang.</summary>
    public async Task<FuzzOutcome> RunCaseAsync(FuzzTarget target, byte[] content)
    {
        await File.WriteAllBytesAsync(Path(target.FileName), content);
        return await RunAsync(null, target.Args);
    }

    /// <summary>Runs the CLI in-process on a worker thread; a run that outlives the case timeout is a hang.</summary>
    public async Task<FuzzOutcome> RunAsync(StackProgram? program, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["INFRA_CONFIG_PASSPHRASE"] = "fuzz" };
        var context = new CliContext(output, error, new StringReader(""), Directory, new WorkspaceEnvironment(variables, TimeProvider.System), false, program, []);
        using var cancellation = new CancellationTokenSource(CaseTimeout);
        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => InfraCli.RunAsync(args, context, cancellation.Token));
        try
        {
            var code = await run.WaitAsync(CaseTimeout + TimeSpan.FromSeconds(5));
            return new FuzzOutcome(code, output.ToString(), error.ToString(), watch.Elapsed);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"infra {string.Join(' ', args)} did not finish within {CaseTimeout.TotalSeconds} s (a hang) in {Directory}");
        }
    }

    private async Task MustSucceedAsync(StackProgram? program, params string[] args)
    {
        var outcome = await RunAsync(program, args);
        Assert.True(outcome.ExitCode == 0, $"setup: infra {string.Join(' ', args)}: {outcome}");
    }

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
