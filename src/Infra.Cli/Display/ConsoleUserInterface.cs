using Infra.Engine.Operations;

namespace Infra.Cli.Display;

/// <summary>Prompts and messages on the CLI's streams.</summary>
/// <param name="context">The invocation context.</param>
internal sealed class ConsoleUserInterface(CliContext context) : IUserInterface
{
    public bool IsInteractive => context.IsTerminal;

    public bool Confirm(string question)
    {
        context.Out.Write($"{question} [y/N] ");
        context.Out.Flush();
        var answer = context.Input.ReadLine()?.Trim().ToLowerInvariant();
        return answer is "y" or "yes";
    }

    public void Info(string message) => context.Error.WriteLine(message);

    public void Warn(string message) => context.Error.WriteLine($"warning: {message}");
}
