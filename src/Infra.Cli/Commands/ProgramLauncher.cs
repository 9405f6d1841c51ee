using System.Diagnostics;
using Infra.Engine.Diagnostics;
using Infra.Engine.Projects;

namespace Infra.Cli.Commands;

/// <summary>
/// In the standalone <c>infra</c> tool, verbs that need the program build it (incrementally) and run it with
/// the same arguments: the program hosts the engine, so there is no version skew between tool and program.
/// </summary>
internal static class ProgramLauncher
{
    public static async Task<int> RunAsync(CliContext context, string[] args, CancellationToken cancellationToken)
    {
        var project = ProjectLoader.Load(ProjectLoader.Find(context.WorkingDirectory));
        var mainDir = Path.GetFullPath(Path.Combine(project.Directory, project.Main ?? "."));
        var csproj = Directory.Exists(mainDir) ? Directory.GetFiles(mainDir, "*.csproj").FirstOrDefault() : null;
        if (csproj is null)
        {
            throw new InputException($"{project.Path}: 'main' points at {mainDir}, which holds no .csproj program.");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = context.WorkingDirectory,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "run", "--project", csproj, "-c", "Release", "--no-launch-profile", "--" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InputException("could not start `dotnet` to build and run the program.");
        // Ctrl+C in a terminal reaches the program too (same process group), and it stops by itself after its steps in
        // flight; a SIGTERM sent to this process alone is passed on (`dotnet run` hands it to the program). Waiting for
        // the program rather than giving up at the first interrupt keeps its output and its exit code.
        using var forward = ChildTermination.Forward(process, context.Terminated);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        _ = cancellationToken;
        return process.ExitCode;
    }
}
