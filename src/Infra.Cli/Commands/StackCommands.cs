using System.CommandLine;
using System.Text;
using System.Text.Json;
using Infra.Engine.Operations;
using Infra.Properties;

namespace Infra.Cli.Commands;

/// <summary><c>infra stack …</c>.</summary>
internal static class StackCommands
{
    public static Command Build(CliContext context)
    {
        var stack = new Command("stack", "Create, list, select, remove, export and import stacks; show their outputs; draw their resource graph.");
        stack.Add(Init(context));
        stack.Add(List(context));
        stack.Add(Select(context));
        stack.Add(Remove(context));
        stack.Add(Output(context));
        stack.Add(Export(context));
        stack.Add(Import(context));
        stack.Add(Unlock(context));
        stack.Add(ChangeSecretsProvider(context));
        stack.Add(StackGraphCommand.Build(context));
        return stack;
    }

    private static Command Init(CliContext context)
    {
        var command = new Command("init", "Create a stack and select it.");
        var name = new Argument<string>("name") { Description = "The stack name (e.g. dev, staging, prod)." };
        command.Add(name);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).InitAsync(result.GetValue(name)!, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Created stack '{result.GetValue(name)}'.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("ls", "List the stacks in the backend; * marks the selected one.");
        command.SetAction((_, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            var stacks = await new StackAdmin(workspace).ListAsync(cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync("NAME                 RESOURCES").ConfigureAwait(false);
            foreach (var (name, current, resources) in stacks)
            {
                await context.Out.WriteLineAsync($"{(name + (current ? "*" : "")),-20} {resources}").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Select(CliContext context)
    {
        var command = new Command("select", "Select the stack later commands use by default.");
        var name = new Argument<string>("name");
        command.Add(name);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).SelectAsync(result.GetValue(name)!, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var command = new Command("rm", "Remove a stack and its state (refused while it has resources, unless --force).");
        var name = new Argument<string>("name");
        var force = new Option<bool>("--force") { Description = "Remove even though resources are recorded (they keep existing)." };
        command.Add(name);
        command.Add(force);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).RemoveAsync(result.GetValue(name)!, result.GetValue(force), cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Removed stack '{result.GetValue(name)}'.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Output(CliContext context)
    {
        var command = new Command("output", "Show the stack's outputs (secrets as [secret] unless --show-secrets).");
        var name = new Argument<string?>("name") { Description = "Show only this output.", DefaultValueFactory = _ => null };
        var stack = CommonOptions.Stack();
        var json = CommonOptions.Json();
        var show = CommonOptions.ShowSecrets();
        command.Add(name);
        command.Add(stack);
        command.Add(json);
        command.Add(show);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            var outputs = await new StackAdmin(workspace).OutputsAsync(workspace.ResolveStack(result.GetValue(stack)), cancellationToken).ConfigureAwait(false);
            var rendering = result.GetValue(show) ? SecretRendering.Reveal : SecretRendering.Redact;
            var only = result.GetValue(name);
            if (only is not null)
            {
                var value = outputs.Get(only) ?? throw new Engine.Diagnostics.InputException($"the stack has no output '{only}' (it has: {string.Join(", ", outputs.Keys)}).");
                var node = PropertyJson.ToJson(value, rendering);
                await context.Out.WriteLineAsync(node is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && !result.GetValue(json) ? s : node?.ToJsonString() ?? "null").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            var all = PropertyJson.ToJson(outputs, rendering);
            if (result.GetValue(json))
            {
                await context.Out.WriteLineAsync(all.ToJsonString(new JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            await context.Out.WriteLineAsync("Current stack outputs:").ConfigureAwait(false);
            foreach (var (key, value) in all)
            {
                await context.Out.WriteLineAsync($"    {key,-24} {(value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString())}").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var command = new Command("export", "Write the stack's state as JSON (secrets stay encrypted unless --show-secrets).");
        var stack = CommonOptions.Stack();
        var file = new Option<string?>("--file") { Description = "Write to this file instead of standard output." };
        var show = CommonOptions.ShowSecrets();
        command.Add(stack);
        command.Add(file);
        command.Add(show);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            var bytes = await new StackAdmin(workspace).ExportAsync(workspace.ResolveStack(result.GetValue(stack)), result.GetValue(show), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(file) is { } path)
            {
                await File.WriteAllBytesAsync(context.ResolvePath(path), bytes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync(Encoding.UTF8.GetString(bytes)).ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var command = new Command("import", "Replace the stack's state with an export (lineage and serial are kept).");
        var stack = CommonOptions.Stack();
        var file = new Option<string>("--file") { Description = "The export to import.", Required = true };
        var force = new Option<bool>("--force") { Description = "Import even across lineages or to an older serial." };
        command.Add(stack);
        command.Add(file);
        command.Add(force);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new StackAdmin(workspace).ImportAsync(workspace.ResolveStack(result.GetValue(stack)), context.ResolvePath(result.GetValue(file)!), result.GetValue(force), cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync("Import complete.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ChangeSecretsProvider(CliContext context)
    {
        var command = new Command("change-secrets-provider", "Re-encrypt the stack's config and state: `passphrase` (new passphrase from INFRA_NEW_CONFIG_PASSPHRASE) or `vault://HOST/MOUNT/KEY`.");
        var provider = new Argument<string>("provider");
        var stack = CommonOptions.Stack();
        command.Add(provider);
        command.Add(stack);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await new SecretsRotation(workspace).ChangeAsync(workspace.ResolveStack(result.GetValue(stack)), result.GetValue(provider)!, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync("Secrets re-encrypted; the previous checkpoint (old encryption) is kept as the backup.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Unlock(CliContext context)
    {
        var command = new Command("unlock", "Remove a stack's lock left by a run that is gone.");
        var stack = CommonOptions.Stack();
        command.Add(stack);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            await using var workspace = Session.Open(context);
            await workspace.Backend.ForceUnlockAsync(workspace.ResolveStack(result.GetValue(stack)), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
