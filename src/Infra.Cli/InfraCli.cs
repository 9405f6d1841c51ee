using System.CommandLine;
using Infra.Cli.Commands;

namespace Infra.Cli;

/// <summary>The <c>infra</c> command line.</summary>
public static class InfraCli
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = CommandTree.Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }
            await context.Error.WriteLineAsync("Run 'infra --help' for usage.").ConfigureAwait(false);
            return Engine.Operations.ExitCodes.BadInput;
        }
        // ProcessTerminationTimeout = null: System.CommandLine must not handle Ctrl+C/SIGTERM itself (it would end the
        // process two seconds later, cutting provider calls short); InfraProgram's Interrupts does, through the token.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
