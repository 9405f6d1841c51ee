using Infra.Engine.Operations;
using Infra.Engine.Workspaces;

namespace Infra.Cli;

/// <summary>Everything a CLI invocation reads from or writes to, explicit so tests can run many in one process.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Input">Standard input (for confirmations).</param>
/// <param name="WorkingDirectory">Where to look for Pulumi.yaml.</param>
/// <param name="Environment">Environment variables and clock.</param>
/// <param name="IsTerminal">True when output goes to a terminal (live progress, prompts).</param>
/// <param name="Program">The stack program, when the CLI runs inside one; null in the standalone tool.</param>
/// <param name="BackendFactories">Extra state backends (e.g. etcd).</param>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    TextReader Input,
    string WorkingDirectory,
    WorkspaceEnvironment Environment,
    bool IsTerminal,
    StackProgram? Program,
    IReadOnlyList<IBackendFactory> BackendFactories)
{
    /// <summary>Cancelled when the process receives SIGTERM (not Ctrl+C): child processes are told too.</summary>
    public CancellationToken Terminated { get; init; }

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A context for the current process.</summary>
    public static CliContext FromProcess(StackProgram? program, IReadOnlyList<IBackendFactory>? backendFactories = null) => new(
        Console.IsOutputRedirected ? Display.BatchedStandardOutput.Create() : Console.Out,
        Console.Error,
        Console.In,
        System.Environment.CurrentDirectory,
        WorkspaceEnvironment.FromProcess(),
        !Console.IsOutputRedirected && System.Environment.GetEnvironmentVariable("CI") is null,
        program,
        backendFactories ?? [new Infra.Backends.Etcd.EtcdBackendFactory()]);
}
