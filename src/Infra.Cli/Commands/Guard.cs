using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;

namespace Infra.Cli.Commands;

/// <summary>Turns errors into messages and exit codes; stack traces only with INFRA_DEBUG=1.</summary>
internal static class Guard
{
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (InputException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (ConfigException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (StateLockedException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Locked;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("error: interrupted; state records every step that finished, and the next run continues from there.").ConfigureAwait(false);
            return ExitCodes.DeploymentFailed;
        }
        catch (Exception e) when (context.Environment.Get("INFRA_DEBUG") != "1")
        {
            await context.Error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.DeploymentFailed;
        }
    }
}
