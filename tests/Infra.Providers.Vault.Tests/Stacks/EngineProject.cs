using Infra.Testing;
using System.Text;
using Infra.Engine.Events;
using Infra.Engine.Operations;
using Infra.Engine.Projects;
using Infra.Engine.Workspaces;
using Infra.Providers;

namespace Infra.Providers.Stacks;

/// <summary>
/// A temporary project folder that runs a <see cref="ProgramStack"/> through the engine (up, refresh, destroy,
/// export) with the given provider factory. <see cref="Declare"/> is the program: tests replace it between runs.
/// </summary>
internal sealed class EngineProject : IAsyncDisposable
{
    internal const string StackName = "dev";

    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("infra-provider-stack-").FullName;
    private readonly Workspace _workspace;
    private readonly IProviderFactory _factory;
    private int _firstEventOfLastRun;

    internal EngineProject(IProviderFactory factory)
    {
        _factory = factory;
        var projectPath = Path.Combine(_directory, ProjectLoader.FileName);
        File.WriteAllText(projectPath, "name: provider-test\nruntime: dotnet\n");
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["INFRA_CONFIG_PASSPHRASE"] = "provider stack test passphrase" };
        _workspace = new Workspace(ProjectLoader.Load(projectPath), new WorkspaceEnvironment(variables, TimeProvider.System));
        Admin = new StackAdmin(_workspace);
        Operations = new StackOperations(_workspace, Events, Ui);
    }

    internal Action Declare { get; set; } = () => { };

    internal RecordingEventSink Events { get; } = new();

    internal RecordingUserInterface Ui { get; } = new();

    internal StackAdmin Admin { get; }

    internal StackOperations Operations { get; }

    internal string Directory => _directory;

    internal static async Task<EngineProject> CreateAsync(IProviderFactory factory, params (string Key, string Value, bool Secret)[] config)
    {
        var project = new EngineProject(factory);
        await project.Admin.InitAsync(StackName, CancellationToken.None);
        foreach (var (key, value, secret) in config)
        {
            await project.Admin.SetConfigAsync(StackName, key, value, secret, CancellationToken.None);
        }
        return project;
    }

    internal Task<OperationResult> UpAsync() => RunAsync((program, options) => Operations.UpAsync(program, options, CancellationToken.None));

    internal Task<OperationResult> RefreshAsync() => RunAsync((program, options) => Operations.RefreshAsync(program, options, CancellationToken.None));

    internal Task<OperationResult> DestroyAsync() => RunAsync((program, options) => Operations.DestroyAsync(program, options, CancellationToken.None));

    internal Task<OperationResult> PreviewAsync() => RunAsync((program, options) => Operations.PreviewAsync(program, options, CancellationToken.None));

    /// <summary>Runs an operation and asserts it succeeded, showing the engine's messages when it did not.</summary>
    internal async Task<OperationResult> RunOkAsync(Func<EngineProject, Task<OperationResult>> operation)
    {
        var result = await operation(this);
        Assert.True(result.ExitCode == ExitCodes.Ok, $"operation failed ({result.ExitCode}): {result.Message} {Failures()}");
        return result;
    }

    /// <summary>The messages of every failed step so far.</summary>
    internal string Failures() =>
        string.Join("; ", Ui.Lines.Concat(Events.Events.OfType<StepFailedEvent>().Select(e => e.Message)));

    /// <summary>The step kinds the last operation performed, per resource name (the URN's last segment).</summary>
    internal IReadOnlyList<(string Name, string Kind)> Steps() =>
        Events.Events.Skip(_firstEventOfLastRun).OfType<StepFinishedEvent>().Where(e => !e.Preview).Select(e => (e.Urn.Split("::")[^1], e.Kind.ToString())).ToList();

    internal async Task<string> ExportAsync(bool showSecrets) =>
        Encoding.UTF8.GetString(await Admin.ExportAsync(StackName, showSecrets, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _workspace.DisposeAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
    }

    private Task<OperationResult> RunAsync(Func<StackProgram, OperationOptions, Task<OperationResult>> operation)
    {
        _firstEventOfLastRun = Events.Events.Count;
        var program = new StackProgram(() => new ProgramStack(Declare), typeof(ProgramStack).Assembly, [_factory]);
        return operation(program, new OperationOptions { Stack = StackName, Yes = true });
    }
}
