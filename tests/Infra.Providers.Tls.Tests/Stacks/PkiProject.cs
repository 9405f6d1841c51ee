using Infra.Testing;
using System.Text;
using Infra.Engine.Events;
using Infra.Engine.Operations;
using Infra.Engine.Projects;
using Infra.Engine.Workspaces;
using Infra.Properties;
using Infra.Providers.Tls;
using Infra.Providers.Tls.Tests;

namespace Infra.Tls.Tests.Stacks;

/// <summary>A temporary project folder running <see cref="PkiStack"/> through the engine, with a movable clock.</summary>
internal sealed class PkiProject : IAsyncDisposable
{
    internal const string StackName = "dev";
    internal static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("infra-tls-stack-").FullName;
    private readonly Workspace _workspace;

    internal PkiProject()
    {
        var projectPath = Path.Combine(_directory, ProjectLoader.FileName);
        File.WriteAllText(projectPath, "name: tls-test\nruntime: dotnet\n");
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["INFRA_CONFIG_PASSPHRASE"] = "tls stack test passphrase" };
        _workspace = new Workspace(ProjectLoader.Load(projectPath), new WorkspaceEnvironment(variables, Clock));
        Admin = new StackAdmin(_workspace);
        Operations = new StackOperations(_workspace, Events, Ui);
    }

    internal ManualTimeProvider Clock { get; } = new(Start);

    internal RecordingEventSink Events { get; } = new();

    internal RecordingUserInterface Ui { get; } = new();

    internal StackAdmin Admin { get; }

    internal StackOperations Operations { get; }

    internal async Task InitAsync() => await Admin.InitAsync(StackName, CancellationToken.None);

    /// <summary>Runs <c>up --yes</c> and asserts it succeeded.</summary>
    internal async Task<OperationResult> UpAsync()
    {
        var program = StackProgram.For<PkiStack>(new TlsProviderFactory(Clock));
        var result = await Operations.UpAsync(program, new OperationOptions { Stack = StackName, Yes = true }, CancellationToken.None);
        Assert.True(result.ExitCode == ExitCodes.Ok, $"up failed ({result.ExitCode}): {result.Message} {string.Join("; ", Ui.Lines)} {string.Join("; ", Events.Events.OfType<StepFailedEvent>().Select(e => e.Message))}");
        return result;
    }

    internal async Task<PropertyMap> OutputsAsync() => await Admin.OutputsAsync(StackName, CancellationToken.None);

    internal async Task<string> ExportAsync(bool showSecrets) =>
        Encoding.UTF8.GetString(await Admin.ExportAsync(StackName, showSecrets, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await _workspace.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
