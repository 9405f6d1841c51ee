using System.CommandLine;
using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;

namespace Infra.Cli.Commands;

/// <summary><c>infra config set|get|rm</c>.</summary>
internal static class ConfigCommands
{
    public static Command Build(CliContext context)
    {
        var config = new Command("config", "Manage the stack's configuration in Pulumi.<stack>.yaml.");
        config.Add(Set(context));
        config.Add(Get(context));
        config.Add(Remove(context));
        return config;
    }

    private static Command Set(CliContext context)
    {
        var command = new Command("set", "Set a value; --secret encrypts it with the stack's secrets provider.");
        var key = new Argument<string>("key") { Description = "The key, as namespace:name (the project namespace when omitted)." };
        var value = new Argument<string>("value");
        var secret = new Option<bool>("--secret") { Description = "Store the value encrypted." };
        var stack = CommonOptions.Stack();
        command.Add(key);
        command.Add(value);
        command.Add(secret);
        command.Add(stack);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).SetConfigAsync(workspace.ResolveStack(result.GetValue(stack)), result.GetValue(key)!, result.GetValue(value)!, result.GetValue(secret), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Get(CliContext context)
    {
        var command = new Command("get", "Print a value ([secret] for secrets unless --show-secrets).");
        var key = new Argument<string>("key");
        var stack = CommonOptions.Stack();
        var show = CommonOptions.ShowSecrets();
        command.Add(key);
        command.Add(stack);
        command.Add(show);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            var name = workspace.ResolveStack(result.GetValue(stack));
            var full = result.GetValue(key)!.Contains(':', StringComparison.Ordinal) ? result.GetValue(key)! : workspace.Project.Name + ":" + result.GetValue(key);
            var file = workspace.LoadStackConfig(name);
            if (file.Values.TryGetValue(full, out var entry) && entry.IsSecure && !result.GetValue(show))
            {
                await context.Out.WriteLineAsync("[secret]").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            var values = workspace.ResolveConfig(name);
            if (!values.TryGetValue(full, out var resolved))
            {
                throw new InputException($"config key '{full}' is not set for stack '{name}'.");
            }
            await context.Out.WriteLineAsync(resolved.IsSecret && !result.GetValue(show) ? "[secret]" : resolved.Value).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var command = new Command("rm", "Remove a value.");
        var key = new Argument<string>("key");
        var stack = CommonOptions.Stack();
        command.Add(key);
        command.Add(stack);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).RemoveConfigAsync(workspace.ResolveStack(result.GetValue(stack)), result.GetValue(key)!, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
