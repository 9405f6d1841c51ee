using System.Reflection;
using System.Runtime.ExceptionServices;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;
using Infra.Providers;

namespace Infra.Cli;

/// <summary>
/// The entry point of an Infra program: <c>return await InfraProgram.RunAsync&lt;MyStack&gt;(args);</c>. The
/// program hosts the engine and the whole CLI, so the engine version is the one the program references.
/// </summary>
public static class InfraProgram
{
    /// <summary>Runs the CLI for stack <typeparamref name="TStack"/>, with Ctrl+C and SIGTERM handling.</summary>
    public static Task<int> RunAsync<TStack>(string[] args, IReadOnlyList<IProviderFactory>? providers = null, IReadOnlyList<IBackendFactory>? backends = null)
        where TStack : Stack, new() =>
        RunAsync(args, new StackProgram(Create<TStack>, typeof(TStack).Assembly, providers ?? []), backends);

    /// <summary>
    /// <c>new TStack()</c> on a type parameter goes through reflection, which wraps what the constructor throws in a
    /// TargetInvocationException; unwrap it so a ConfigException is still reported as bad input (exit 2) with its message.
    /// </summary>
    private static TStack Create<TStack>()
        where TStack : Stack, new()
    {
        try
        {
            return new TStack();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Runs the CLI for a program: the first Ctrl+C or SIGTERM stops after the steps in flight, a second aborts.</summary>
    public static async Task<int> RunAsync(string[] args, StackProgram? program, IReadOnlyList<IBackendFactory>? backends = null)
    {
        // One-time set-up that every command needs soon (the YAML parser's static state, the native crypto library that
        // hashes state) runs on another core while the console and the commands are set up.
        _ = Task.Run(WarmUp);
        try
        {
            CollectionHeadroom.Apply(Environment.GetEnvironmentVariable(CollectionHeadroom.Variable));
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        using var interrupts = new Interrupts(Console.Error);
        var context = CliContext.FromProcess(program, backends) with { Terminated = interrupts.Terminated };
        try
        {
            return await InfraCli.RunAsync(args, context, interrupts.Token).ConfigureAwait(false);
        }
        finally
        {
            context.Out.Flush();
        }
    }

    private static void WarmUp()
    {
        Infra.Engine.Projects.YamlFiles.WarmUp();
        System.Security.Cryptography.SHA256.HashData(ReadOnlySpan<byte>.Empty);
    }
}
