using System.CommandLine;
using Infra.Cli.Display;
using Infra.Cli.Graph;
using Infra.Cli.Reports;
using Infra.Engine.Operations;
using Infra.Engine.Planning;

namespace Infra.Cli.Commands;

/// <summary><c>infra stack graph</c>: the resource graph as DOT, Mermaid or SVG.</summary>
internal static class StackGraphCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("graph",
            "Draw the stack's resource graph: components as clusters, dependency edges (solid, from a dependency to what needs it) and "
            + "parent edges (dashed), resources coloured by step kind (create green, update yellow, replace purple, delete red, unchanged grey). "
            + "Without --plan it runs a fresh preview of the program (nothing changes, policy packs are not evaluated), so the graph shows "
            + "what the program declares now against the stack's state; with --plan it draws a saved plan without running the program.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "dot (Graphviz), mermaid (renders in GitHub and GitLab Markdown) or svg (laid out by Infra itself: no Graphviz needed).",
            DefaultValueFactory = _ => "dot",
        };
        format.AcceptOnlyFromAmong("dot", "mermaid", "svg");
        var plan = new Option<string?>("--plan") { Description = "Draw this plan file (from `preview --save-plan`) instead of previewing the program." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the graph to this file instead of standard output." };
        var stack = CommonOptions.Stack();
        command.Add(format);
        command.Add(plan);
        command.Add(output);
        command.Add(stack);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            PlanDocument document;
            if (result.GetValue(plan) is { } planPath)
            {
                document = await PlanFile.ReadAsync(context.ResolvePath(planPath), cancellationToken).ConfigureAwait(false);
            }
            else if (context.Program is null)
            {
                return await ProgramLauncher.RunAsync(context, result.Tokens.Select(t => t.Value).ToArray(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var preview = await PreviewAsync(context, context.Program, result.GetValue(stack), cancellationToken).ConfigureAwait(false);
                if (preview is null)
                {
                    return ExitCodes.DeploymentFailed;
                }
                document = preview;
            }
            var graph = ResourceGraphBuilder.FromPlan(document);
            var text = result.GetValue(format) switch
            {
                "mermaid" => MermaidWriter.Write(graph),
                "svg" => SvgWriter.Write(graph),
                _ => DotWriter.Write(graph),
            };
            await ReportOutput.WriteAsync(context, result.GetValue(output), text, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Previews the program with progress on standard error; null (errors printed) when the program failed.</summary>
    private static async Task<PlanDocument?> PreviewAsync(CliContext context, StackProgram program, string? stack, CancellationToken cancellationToken)
    {
        await using var workspace = Session.Open(context);
        var console = context with { Out = context.Error };
        var operations = new StackOperations(workspace, new ProgressRenderer(console.Out, color: false), new ConsoleUserInterface(console));
        var outcome = await operations.PreviewAsync(program, new OperationOptions { Stack = stack }, cancellationToken).ConfigureAwait(false);
        if (outcome.ExitCode == ExitCodes.Ok && outcome.Plan is not null)
        {
            return outcome.Plan;
        }
        foreach (var failure in outcome.Deployment?.Failures ?? [])
        {
            await context.Error.WriteLineAsync($"error: {(failure.Urn.Length > 0 ? failure.Urn + ": " : "")}{failure.Message}").ConfigureAwait(false);
        }
        await context.Error.WriteLineAsync(outcome.Message ?? "error: the preview failed; no graph was drawn.").ConfigureAwait(false);
        return null;
    }
}
