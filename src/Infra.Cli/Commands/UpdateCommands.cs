using System.CommandLine;
using Infra.Cli.Display;
using Infra.Cli.Reports;
using Infra.Cli.Telemetry;
using Infra.Engine.Diagnostics;
using Infra.Engine.Events;
using Infra.Engine.Operations;
using Infra.Policy.Packs;

namespace Infra.Cli.Commands;

/// <summary>preview, up, destroy and refresh.</summary>
internal static class UpdateCommands
{
    public static Command Preview(CliContext context)
    {
        var command = new Command("preview", "Show what `up` would change, without changing anything. Exit code 3 when a mandatory policy fails. "
            + "--output markdown writes a pull-request comment, --output html a self-contained report page (see --output).");
        var stack = CommonOptions.Stack();
        var json = CommonOptions.Json();
        var diff = CommonOptions.Diff();
        var parallel = CommonOptions.Parallel();
        var target = CommonOptions.Target();
        var savePlan = new Option<string?>("--save-plan") { Description = "Write the plan (versioned JSON, secrets redacted) to this file for `up --plan`." };
        var packs = PolicyCommands.PackOption();
        var refresh = CommonOptions.Refresh();
        var tracing = CommonOptions.Tracing();
        var otlp = CommonOptions.OtlpEndpoint();
        var output = ReportOutput.PreviewFormat();
        var outputFile = ReportOutput.File();
        command.Add(output);
        command.Add(outputFile);
        command.Add(packs);
        command.Add(refresh);
        command.Add(tracing);
        command.Add(otlp);
        command.Add(stack);
        command.Add(json);
        command.Add(diff);
        command.Add(parallel);
        command.Add(target);
        command.Add(savePlan);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            if (context.Program is null)
            {
                return await ProgramLauncher.RunAsync(context, Forward(result), cancellationToken).ConfigureAwait(false);
            }
            var useJson = result.GetValue(json);
            var format = result.GetValue(output)!;
            var reportFile = result.GetValue(outputFile);
            if (format == "text" && reportFile is not null)
            {
                throw new InputException("--output-file needs --output markdown or --output html.");
            }
            if (format != "text" && useJson && reportFile is null)
            {
                throw new InputException($"--json and --output {format} would both write to standard output: pass --output-file FILE for the report.");
            }
            await using var workspace = Session.Open(context);
            var policyReports = new List<PolicyReport>();
            var options = new OperationOptions
            {
                Stack = result.GetValue(stack),
                Parallel = result.GetValue(parallel),
                Targets = Targets(result.GetValue(target)),
                SavePlanPath = result.GetValue(savePlan) is { } saveTo ? context.ResolvePath(saveTo) : null,
                Gates = PolicyCommands.Gates(context, result.GetValue(packs), workspace.Project, policyReports.Add),
                Refresh = result.GetValue(refresh),
            };
            // With the report on standard output, the progress view and summary move to standard error.
            var console = format != "text" && reportFile is null ? context with { Out = context.Error } : context;
            var operations = new StackOperations(workspace, Sink(console, useJson), new ConsoleUserInterface(console));
            using var telemetry = TelemetrySession.Start(context, "preview", result.GetValue(tracing), result.GetValue(otlp));
            var outcome = await operations.PreviewAsync(context.Program, options, cancellationToken).ConfigureAwait(false);
            Report(console, outcome, useJson, result.GetValue(diff), preview: true);
            if (format != "text" && outcome.Plan is not null && outcome.ExitCode is ExitCodes.Ok or ExitCodes.PolicyBlocked)
            {
                var text = ReportOutput.Render(format, new PlanReport("Infra preview", outcome.Plan, policyReports));
                await ReportOutput.WriteAsync(context, reportFile, text, cancellationToken).ConfigureAwait(false);
            }
            return telemetry.Complete(outcome.ExitCode);
        }));
        return command;
    }

    public static Command Up(CliContext context)
    {
        var command = new Command("up", "Preview, then create, update and delete resources to match the program. Exit codes: 0 ok, 1 a step failed, 2 bad input, 3 blocked by policy, 4 stack locked.");
        var stack = CommonOptions.Stack();
        var yes = CommonOptions.Yes();
        var json = CommonOptions.Json();
        var diff = CommonOptions.Diff();
        var parallel = CommonOptions.Parallel();
        var target = CommonOptions.Target();
        var forceUnlock = CommonOptions.ForceUnlock();
        var plan = new Option<string?>("--plan") { Description = "Execute exactly this saved plan; refuse if state or the program changed since." };
        var packs = PolicyCommands.PackOption();
        var refresh = CommonOptions.Refresh();
        var tracing = CommonOptions.Tracing();
        var otlp = CommonOptions.OtlpEndpoint();
        foreach (var option in new Option[] { stack, yes, json, diff, parallel, target, forceUnlock, plan, packs, refresh, tracing, otlp })
        {
            command.Add(option);
        }
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            if (context.Program is null)
            {
                return await ProgramLauncher.RunAsync(context, Forward(result), cancellationToken).ConfigureAwait(false);
            }
            await using var workspace = Session.Open(context);
            var options = new OperationOptions
            {
                Stack = result.GetValue(stack),
                Yes = result.GetValue(yes),
                Parallel = result.GetValue(parallel),
                Targets = Targets(result.GetValue(target)),
                PlanPath = result.GetValue(plan) is { } planFrom ? context.ResolvePath(planFrom) : null,
                ForceUnlock = result.GetValue(forceUnlock),
                Gates = PolicyCommands.Gates(context, result.GetValue(packs), workspace.Project),
                Refresh = result.GetValue(refresh),
            };
            var useJson = result.GetValue(json);
            var operations = new StackOperations(workspace, Sink(context, useJson), new ConsoleUserInterface(context));
            using var telemetry = TelemetrySession.Start(context, "up", result.GetValue(tracing), result.GetValue(otlp));
            var outcome = await operations.UpAsync(context.Program, options, cancellationToken).ConfigureAwait(false);
            Report(context, outcome, useJson, result.GetValue(diff), preview: false);
            return telemetry.Complete(outcome.ExitCode);
        }));
        return command;
    }

    public static Command Destroy(CliContext context)
    {
        var command = new Command("destroy", "Delete every resource of the stack, dependents first. The stack and its config remain.");
        var stack = CommonOptions.Stack();
        var yes = CommonOptions.Yes();
        var json = CommonOptions.Json();
        var forceUnlock = CommonOptions.ForceUnlock();
        var parallel = CommonOptions.Parallel();
        var tracing = CommonOptions.Tracing();
        var otlp = CommonOptions.OtlpEndpoint();
        foreach (var option in new Option[] { stack, yes, json, forceUnlock, parallel, tracing, otlp })
        {
            command.Add(option);
        }
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            if (context.Program is null)
            {
                return await ProgramLauncher.RunAsync(context, Forward(result), cancellationToken).ConfigureAwait(false);
            }
            await using var workspace = Session.Open(context);
            var options = new OperationOptions { Stack = result.GetValue(stack), Yes = result.GetValue(yes), ForceUnlock = result.GetValue(forceUnlock), Parallel = result.GetValue(parallel) };
            var useJson = result.GetValue(json);
            var operations = new StackOperations(workspace, Sink(context, useJson), new ConsoleUserInterface(context));
            using var telemetry = TelemetrySession.Start(context, "destroy", result.GetValue(tracing), result.GetValue(otlp));
            var outcome = await operations.DestroyAsync(context.Program, options, cancellationToken).ConfigureAwait(false);
            Report(context, outcome, useJson, diff: false, preview: false);
            return telemetry.Complete(outcome.ExitCode);
        }));
        return command;
    }

    public static Command Refresh(CliContext context)
    {
        var command = new Command("refresh", "Read every resource from its provider, show drift, and record it in state when confirmed.");
        var stack = CommonOptions.Stack();
        var yes = CommonOptions.Yes();
        command.Add(stack);
        command.Add(yes);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            if (context.Program is null)
            {
                return await ProgramLauncher.RunAsync(context, Forward(result), cancellationToken).ConfigureAwait(false);
            }
            await using var workspace = Session.Open(context);
            var operations = new StackOperations(workspace, new ProgressRenderer(context.Out, context.IsTerminal), new ConsoleUserInterface(context));
            var outcome = await operations.RefreshAsync(context.Program, new OperationOptions { Stack = result.GetValue(stack), Yes = result.GetValue(yes) }, cancellationToken).ConfigureAwait(false);
            if (outcome.Message is not null)
            {
                await context.Out.WriteLineAsync(outcome.Message).ConfigureAwait(false);
            }
            return outcome.ExitCode;
        }));
        return command;
    }

    private static string[] Forward(ParseResult result) => result.Tokens.Select(t => t.Value).ToArray();

    private static IReadOnlySet<string>? Targets(string[]? targets) =>
        targets is { Length: > 0 } ? targets.ToHashSet(StringComparer.Ordinal) : null;

    private static IEngineEventSink Sink(CliContext context, bool json) =>
        json ? new NdjsonEventSink(context.Out) : new ProgressRenderer(context.Out, context.IsTerminal);

    private static void Report(CliContext context, OperationResult outcome, bool json, bool diff, bool preview)
    {
        if (json)
        {
            return;
        }
        if (outcome.Plan is not null)
        {
            if (diff)
            {
                PlanPrinter.PrintDiffs(context.Out, outcome.Plan);
            }
            context.Out.WriteLine();
            PlanPrinter.PrintSummary(context.Out, outcome.Plan, preview || outcome.Deployment is null);
        }
        if (outcome.Deployment is { } deployment)
        {
            foreach (var failure in deployment.Failures)
            {
                context.Error.WriteLine($"error: {(failure.Urn.Length > 0 ? failure.Urn + ": " : "")}{failure.Message}");
            }
            if (deployment.Skipped.Count > 0)
            {
                context.Error.WriteLine($"{deployment.Skipped.Count} resource(s) skipped because something they depend on failed.");
            }
        }
        if (outcome.Message is not null)
        {
            context.Out.WriteLine(outcome.Message);
        }
    }
}
