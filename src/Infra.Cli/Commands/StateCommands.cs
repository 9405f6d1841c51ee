using System.CommandLine;
using Infra.Engine.Operations;

namespace Infra.Cli.Commands;

/// <summary><c>infra state delete|unprotect|restore-backup</c>.</summary>
internal static class StateCommands
{
    public static Command Build(CliContext context)
    {
        var state = new Command("state", "Edit recorded state directly (the resources themselves are not touched).");
        state.Add(Resource(context, "delete", "Forget a resource (it keeps existing); refused while others depend on it.", (admin, stack, urn, ct) => admin.DeleteResourceAsync(stack, urn, ct)));
        state.Add(Resource(context, "unprotect", "Clear a resource's protect flag so it can be deleted or replaced.", (admin, stack, urn, ct) => admin.UnprotectAsync(stack, urn, ct)));
        var restore = new Command("restore-backup", "Make the previous checkpoint current again (after a corrupt checkpoint or a bad import).");
        var stack = CommonOptions.Stack();
        restore.Add(stack);
        restore.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).RestoreBackupAsync(workspace.ResolveStack(result.GetValue(stack)), cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync("Restored the previous checkpoint.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        state.Add(restore);
        return state;
    }

    private static Command Resource(CliContext context, string name, string description, Func<StackAdmin, string, string, CancellationToken, Task> action)
    {
        var command = new Command(name, description);
        var urn = new Argument<string>("urn");
        var stack = CommonOptions.Stack();
        command.Add(urn);
        command.Add(stack);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await action(new StackAdmin(workspace), workspace.ResolveStack(result.GetValue(stack)), result.GetValue(urn)!, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
