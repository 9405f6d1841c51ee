using Infra.Cli;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;

namespace Infra.Components.Ci.Tests.Support;

/// <summary>A temporary project folder (Pulumi.yaml, stack <c>dev</c>, render mode) whose CLI runs in-process.</summary>
public sealed class CliProject : IDisposable
{
    private readonly Dictionary<string, string?> _variables = new(StringComparer.Ordinal)
    {
        ["INFRA_CONFIG_PASSPHRASE"] = "correct horse battery staple",
    };

    public CliProject()
    {
        Directory = Path.Combine(Path.GetTempPath(), "infra-ci-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "Pulumi.yaml"), "name: ciproj\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(Directory, "Pulumi.dev.yaml"), "config: {}\n");
    }

    public string Directory { get; }

    /// <summary>The folder render mode writes stack <c>dev</c> to.</summary>
    public string RenderedDirectory => Path.Combine(Directory, "out", "dev");

    /// <summary>Runs the CLI with <paramref name="body"/> as the stack's program (providers found from this assembly's references).</summary>
    public async Task<CliRun> RunAsync(Action body, params string[] args)
    {
        var program = new StackProgram(() => new DelegateStack(body), typeof(CliProject).Assembly);
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty), Directory, new WorkspaceEnvironment(_variables, TimeProvider.System), false, program, []);
        var code = await InfraCli.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder does not affect other tests.
        }
    }
}
