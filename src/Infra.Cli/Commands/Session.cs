using Infra.Engine.Projects;
using Infra.Engine.Workspaces;

namespace Infra.Cli.Commands;

/// <summary>Opens the project and workspace an invocation works in.</summary>
internal static class Session
{
    public static Workspace Open(CliContext context)
    {
        var project = ProjectLoader.Load(ProjectLoader.Find(context.WorkingDirectory));
        return new Workspace(project, context.Environment, context.BackendFactories);
    }
}
