using Infra.Testing;
using Infra.Backends.Etcd;
using Infra.Engine.Events;
using Infra.Engine.Operations;
using Infra.Engine.Projects;
using Infra.Engine.Workspaces;
using Infra.Etcd.Provider;

namespace Infra.Backends.Tests.Stacks;

/// <summary>A temp project folder (Pulumi.yaml plus Pulumi.dev.yaml pointing the etcd provider at a server).</summary>
public sealed class TestProject : IDisposable
{
    private TestProject(string directory) => Directory = directory;

    public string Directory { get; }

    public const string Stack = "dev";

    public static OperationOptions Options => new() { Stack = Stack, Yes = true, Parallel = 4 };

    public static TestProject Create(string etcdEndpoint)
    {
        var directory = Path.Combine(Path.GetTempPath(), "infra-etcd-project-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Pulumi.yaml"), "name: etcdtest\nruntime: dotnet\n");
        File.WriteAllText(Path.Combine(directory, $"Pulumi.{Stack}.yaml"), $"config:\n  etcd:endpoints: \"{etcdEndpoint}\"\n  etcd:timeout: \"3\"\n");
        return new TestProject(directory);
    }

    /// <summary>A workspace; <paramref name="backendUrl"/> null means the default file backend in .infra/.</summary>
    public Workspace Workspace(string? backendUrl)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (backendUrl is not null)
        {
            variables["INFRA_BACKEND_URL"] = backendUrl;
        }
        return new Workspace(ProjectLoader.Load(Path.Combine(Directory, "Pulumi.yaml")), new WorkspaceEnvironment(variables, TimeProvider.System), [new EtcdBackendFactory()]);
    }

    public static StackOperations Operations(Workspace workspace, RecordingUserInterface ui) => new(workspace, new RecordingEventSink(), ui);

    public static StackProgram Program(string root, int count, Func<CancellationToken, Task>? gate = null) =>
        new(() => new KeysStack(root, count, gate is not null), null, gate is null ? [new EtcdProviderFactory()] : [new EtcdProviderFactory(), new GateFactory(gate)]);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
