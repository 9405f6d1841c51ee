using System.CommandLine;
using Infra.Cli.Display;
using Infra.Compositions;
using Infra.Engine.Events;
using Infra.Engine.Operations;

namespace Infra.Cli.Commands;

/// <summary><c>infra composition render|conformance|export</c>.</summary>
internal static class CompositionCommands
{
    public static Command Build(CliContext context)
    {
        var composition = new Command("composition", "Render Crossplane compositions locally (function-patch-and-transform semantics) and check conformance vectors.");
        composition.Add(Render(context));
        composition.Add(Conformance(context));
        composition.Add(Export(context));
        return composition;
    }

    private static Command Render(CliContext context)
    {
        var command = new Command("render", "Render an XR with a composition, reading the same files as `crossplane render` and printing the same YAML stream.");
        var xr = new Argument<string>("xr") { Description = "The composite resource (YAML)." };
        var composition = new Argument<string>("composition") { Description = "The Composition (YAML, Pipeline mode)." };
        var functions = new Argument<string?>("functions") { Description = "The Functions file (YAML).", DefaultValueFactory = _ => null };
        var observed = new Option<string?>("--observed-resources", "-o") { Description = "A folder or file of observed composed resources." };
        var environment = new Option<string?>("--environment") { Description = "EnvironmentConfig file(s)." };
        var results = new Option<bool>("--include-function-results", "-r") { Description = "Include the functions' results in the output." };
        var xrd = new Option<string?>("--xrd") { Description = "Validate the XR against this CompositeResourceDefinition's schema." };
        foreach (var symbol in new Symbol[] { xr, composition, functions, observed, environment, results, xrd })
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
            }
        }
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            string? Resolve(string? path) => path is null ? null : context.ResolvePath(path);
            var outcome = CompositionRenderer.Render(new RenderOptions(
                Resolve(result.GetValue(xr))!,
                Resolve(result.GetValue(composition))!,
                Resolve(result.GetValue(functions)),
                Resolve(result.GetValue(observed)),
                Resolve(result.GetValue(environment)),
                result.GetValue(results),
                Resolve(result.GetValue(xrd))));
            return await WriteAsync(context, outcome).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Conformance(CliContext context)
    {
        var command = new Command("conformance", "Run patch & transform test vectors (cases.json format) or an examples folder; prints N passed, N failed.");
        var file = new Argument<string>("file") { Description = "A vector file or an examples folder." };
        command.Add(file);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
            await WriteAsync(context, ConformanceRunner.Run(context.ResolvePath(result.GetValue(file)!))).ConfigureAwait(false)));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var command = new Command("export",
            "Write the CompositeResourceDefinitions, Compositions and EnvironmentConfigs the stack program declares (composites in "
            + "Crossplane mode) as YAML, one file per object (<kind>-<name>.yaml). Runs the program as a preview: nothing is changed, "
            + "the stack's config (and passphrase) is needed as for preview. Exit 2 when the program declares none.");
        var stack = CommonOptions.Stack();
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the YAML files to (created if missing).", Required = true };
        command.Add(stack);
        command.Add(output);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            if (context.Program is null)
            {
                return await ProgramLauncher.RunAsync(context, result.Tokens.Select(t => t.Value).ToArray(), cancellationToken).ConfigureAwait(false);
            }
            await using var workspace = Session.Open(context);
            var operations = new StackOperations(workspace, new RecordingEventSink(), new ConsoleUserInterface(context));
            var outcome = await operations.PreviewAsync(context.Program, new OperationOptions { Stack = result.GetValue(stack) }, cancellationToken).ConfigureAwait(false);
            if (outcome.Plan is null || outcome.ExitCode != ExitCodes.Ok)
            {
                foreach (var failure in outcome.Deployment?.Failures ?? [])
                {
                    await context.Error.WriteLineAsync($"error: {(failure.Urn.Length > 0 ? failure.Urn + ": " : "")}{failure.Message}").ConfigureAwait(false);
                }
                return outcome.ExitCode == ExitCodes.Ok ? ExitCodes.BadInput : outcome.ExitCode;
            }
            var objects = CompositionExport.Collect(outcome.Plan);
            if (objects.Count == 0)
            {
                await context.Error.WriteLineAsync("error: the program declares no CompositeResourceDefinition, Composition or EnvironmentConfig (composites in Rendered mode declare only their composed resources)").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var directory = context.ResolvePath(result.GetValue(output)!);
            foreach (var path in await CompositionExport.WriteAsync(objects, directory, cancellationToken).ConfigureAwait(false))
            {
                await context.Out.WriteLineAsync($"wrote {Path.GetRelativePath(context.WorkingDirectory, path)}").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> WriteAsync(CliContext context, CompositionResult outcome)
    {
        if (outcome.Output.Length > 0)
        {
            await context.Out.WriteAsync(outcome.Output).ConfigureAwait(false);
        }
        foreach (var diagnostic in outcome.Diagnostics)
        {
            await context.Error.WriteLineAsync($"error: {diagnostic}").ConfigureAwait(false);
        }
        return outcome.ExitCode switch
        {
            CompositionExitCodes.Success => ExitCodes.Ok,
            CompositionExitCodes.BadInput => ExitCodes.BadInput,
            _ => ExitCodes.DeploymentFailed,
        };
    }
}
