using System.Text.Json;
using Infra.Cli;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;
using Infra.TestPrograms;

namespace Infra.Backends.Tests.Reliability;

/// <summary>
/// A project folder whose state lives in etcd (INFRA_BACKEND_URL) and whose resources are files in <c>world/</c>
/// (the test file provider), with the CLI run in-process or as a child process.
/// </summary>
public sealed class CliProject : IDisposable
{
    public const string ProjectYaml = "name: testproj\nruntime: dotnet\n";

    public CliProject(string backendUrl, string stackYaml = "config: {}\n")
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "infra-etcd-cli-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path("Pulumi.yaml"), ProjectYaml);
        File.WriteAllText(Path("Pulumi.dev.yaml"), stackYaml);
        Variables["INFRA_BACKEND_URL"] = backendUrl;
        Variables["INFRA_CONFIG_PASSPHRASE"] = "etcd reliability";
    }

    public string Directory { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public string World => Path("world");

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>A new project on another state prefix with a copy of this one's files (the provider's world included).</summary>
    public CliProject CopyTo(string backendUrl)
    {
        var copy = new CliProject(backendUrl);
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var target = copy.Path(System.IO.Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return copy;
    }

    /// <summary>Runs the CLI in-process with <paramref name="body"/> as the program.</summary>
    public Task<CliRun> RunAsync(Action<LambdaStack> body, params string[] args) =>
        RunProgramAsync(new StackProgram(() => new LambdaStack(body), typeof(FileThing).Assembly), args);

    /// <summary>Runs the CLI in-process without a program (stack and state verbs).</summary>
    public Task<CliRun> RunCliAsync(params string[] args) => RunProgramAsync(null, args);

    private async Task<CliRun> RunProgramAsync(StackProgram? program, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(""), Directory, new WorkspaceEnvironment(Variables, TimeProvider.System), false, program,
            [new Infra.Backends.Etcd.EtcdBackendFactory()]);
        var code = await InfraCli.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The files the test provider holds (resource IDs).</summary>
    public IReadOnlyList<string> WorldFiles() =>
        System.IO.Directory.Exists(World)
            ? System.IO.Directory.GetFiles(World).Select(System.IO.Path.GetFileName).OfType<string>().Where(f => !f.StartsWith('.') && !f.EndsWith(".log", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The URN each world file says it belongs to.</summary>
    public IReadOnlyList<string> WorldUrns() =>
        WorldFiles().Select(f => JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(World, f))).RootElement.GetProperty("urn").GetString()!).Order(StringComparer.Ordinal).ToList();

    /// <summary>The stack's resources as <c>stack export</c> prints them (state read back from etcd).</summary>
    public async Task<JsonElement> ExportedResourcesAsync()
    {
        var export = await RunCliAsync("stack", "export", "--stack", "dev");
        Assert.True(export.ExitCode == 0, export.ToString());
        return JsonDocument.Parse(export.Out).RootElement.GetProperty("resources").Clone();
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
