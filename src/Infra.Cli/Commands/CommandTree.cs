using System.CommandLine;

namespace Infra.Cli.Commands;

/// <summary>Builds the verb tree.</summary>
internal static class CommandTree
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Infra: infrastructure as code in C#. Programs declare resources; preview shows the plan; up applies it; state is journaled so a crash never loses track of what exists.");
        root.Add(NewCommand.Build(context));
        root.Add(UpdateCommands.Preview(context));
        root.Add(UpdateCommands.Up(context));
        root.Add(UpdateCommands.Destroy(context));
        root.Add(UpdateCommands.Refresh(context));
        root.Add(StackCommands.Build(context));
        root.Add(ConfigCommands.Build(context));
        root.Add(StateCommands.Build(context));
        root.Add(PolicyCommands.Build(context));
        root.Add(CompositionCommands.Build(context));
        return root;
    }
}
