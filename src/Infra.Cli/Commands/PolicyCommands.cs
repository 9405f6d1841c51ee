using System.CommandLine;
using System.Text.Json.Nodes;
using Infra.Cli.Policy;
using Infra.Cli.Reports;
using Infra.Engine.Diagnostics;
using Infra.Engine.Operations;
using Infra.Engine.Planning;
using Infra.Policy;
using Infra.Policy.Conformance;
using Infra.Policy.Packs;
using Infra.Policy.Packs.Reports;

namespace Infra.Cli.Commands;

/// <summary><c>infra policy check|test|eval|conformance</c>.</summary>
internal static class PolicyCommands
{
    public static Command Build(CliContext context)
    {
        var policy = new Command("policy", "Check plans against Rego policy packs, test the packs, evaluate queries.");
        policy.Add(Check(context));
        policy.Add(Test(context));
        policy.Add(Eval(context));
        policy.Add(Conformance(context));
        return policy;
    }

    /// <summary>The repeatable --policy-pack option.</summary>
    public static Option<string[]> PackOption() => new("--policy-pack") { Description = "A policy pack folder (repeatable); packs listed in Pulumi.yaml apply too." };

    /// <summary>Gates for preview and up: packs from the flag plus those in Pulumi.yaml.</summary>
    public static IReadOnlyList<IPlanGate> Gates(CliContext context, string[]? flagged, Engine.Projects.ProjectFile project, Action<PolicyReport>? onReport = null)
    {
        var directories = (flagged ?? []).Select(context.ResolvePath)
            .Concat(project.PolicyPacks.Select(p => Path.GetFullPath(p, project.Directory)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return directories.Count == 0 ? [] : [new PolicyGate(directories, onReport)];
    }

    private static Command Check(CliContext context)
    {
        var command = new Command("check", "Evaluate policy packs against a saved plan (no program run): exit 3 when a mandatory policy fails.");
        var plan = new Option<string>("--plan") { Description = "The plan file from `preview --save-plan`.", Required = true };
        var packs = PackOption();
        var output = new Option<string>("--output", "-o")
        {
            Description = "text, json, sarif, junit, markdown (a pull-request comment with the plan's changes and the findings, under 65,000 characters) "
                + "or html (one self-contained page with the resource graph).",
            DefaultValueFactory = _ => "text",
        };
        output.AcceptOnlyFromAmong("text", "json", "sarif", "junit", "markdown", "html");
        var file = new Option<string?>("--output-file") { Description = "Write the report to this file instead of standard output." };
        command.Add(plan);
        command.Add(packs);
        command.Add(output);
        command.Add(file);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            var planPath = context.ResolvePath(result.GetValue(plan)!);
            var document = await PlanFile.ReadAsync(planPath, cancellationToken).ConfigureAwait(false);
            var directories = (result.GetValue(packs) ?? []).Select(context.ResolvePath).ToList();
            if (directories.Count == 0)
            {
                throw new InputException("no policy packs: pass --policy-pack DIR (repeatable).");
            }
            var report = await PolicyEvaluator.EvaluateAsync(directories, PolicyInput.FromPlan(document), cancellationToken).ConfigureAwait(false);
            if (report.Errors.Count > 0)
            {
                throw new InputException(string.Join("\n", report.Errors));
            }
            var text = result.GetValue(output) switch
            {
                "json" => JsonReport.Render(report),
                "sarif" => SarifReport.Render(report, result.GetValue(plan)!, typeof(PolicyCommands).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"),
                "junit" => JUnitReport.Render(report),
                "markdown" or "html" => ReportOutput.Render(result.GetValue(output)!, new PlanReport("Infra policy check", document, [report])),
                _ => TextReport.Render(report),
            };
            if (result.GetValue(file) is { } target)
            {
                await ReportOutput.WriteAsync(context, target, text, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync(text).ConfigureAwait(false);
            }
            return report.Blocked ? ExitCodes.PolicyBlocked : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Test(CliContext context)
    {
        var command = new Command("test", "Run test_* rules in *_test.rego files under a folder, like `opa test`; exit 1 on failure.");
        var directory = new Argument<string>("dir") { Description = "The folder holding packs and their tests." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every test, not only failures." };
        command.Add(directory);
        command.Add(verbose);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            var root = context.ResolvePath(result.GetValue(directory)!);
            if (!Directory.Exists(root))
            {
                throw new InputException($"{result.GetValue(directory)}: folder not found.");
            }
            var folders = await PolicyTester.RunAsync(root, cancellationToken).ConfigureAwait(false);
            int passed = 0, failed = 0;
            foreach (var folder in folders)
            {
                foreach (var error in folder.Errors)
                {
                    await context.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
                    failed++;
                }
                foreach (var test in folder.Results)
                {
                    if (test.Passed)
                    {
                        passed++;
                    }
                    else
                    {
                        failed++;
                    }
                    if (!test.Passed || result.GetValue(verbose))
                    {
                        await context.Out.WriteLineAsync($"{(test.Passed ? "PASS" : "FAIL")}: {Path.GetRelativePath(root, folder.Directory)}: {test.Name} ({test.Duration.TotalMilliseconds:0}ms){(test.Error is null ? "" : " — " + test.Error)}").ConfigureAwait(false);
                    }
                }
            }
            await context.Out.WriteLineAsync($"{passed} passed, {failed} failed").ConfigureAwait(false);
            return failed > 0 || passed == 0 ? ExitCodes.DeploymentFailed : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Eval(CliContext context)
    {
        var command = new Command("eval", "Evaluate a Rego query against policy files and an input document.");
        var data = new Option<string[]>("--data", "-d") { Description = "A .rego/.json/.yaml file or folder (repeatable)." };
        var input = new Option<string?>("--input", "-i") { Description = "The input document (JSON)." };
        var query = new Argument<string>("query") { Description = "e.g. data.k8s.deny" };
        command.Add(data);
        command.Add(input);
        command.Add(query);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            var engine = new RegoEngine(new RegoOptions { Timeout = TimeSpan.FromSeconds(60) });
            var errors = new List<string>();
            foreach (var path in (result.GetValue(data) ?? []).Select(context.ResolvePath))
            {
                if (Directory.Exists(path))
                {
                    errors.AddRange(engine.LoadDirectory(path).Select(d => d.ToString()));
                }
                else if (File.Exists(path))
                {
                    errors.AddRange(engine.AddModule(path, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Select(d => d.ToString()));
                }
                else
                {
                    throw new InputException($"{path}: not found.");
                }
            }
            if (errors.Count > 0)
            {
                throw new InputException(string.Join("\n", errors));
            }
            JsonNode? inputDocument = null;
            if (result.GetValue(input) is { } inputPath)
            {
                try
                {
                    inputDocument = JsonNode.Parse(await File.ReadAllTextAsync(context.ResolvePath(inputPath), cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
                {
                    throw new InputException($"{inputPath}: {e.Message}");
                }
            }
            var outcome = await engine.EvaluateAsync(result.GetValue(query)!, inputDocument, cancellationToken).ConfigureAwait(false);
            if (!outcome.Success)
            {
                throw new InputException(string.Join("\n", outcome.Diagnostics.Select(d => d.ToString())));
            }
            var rows = new JsonArray(outcome.Rows.Select((row, i) => (JsonNode?)new JsonObject
            {
                ["expressions"] = i < outcome.Expressions.Count ? outcome.Expressions[i].DeepClone() : new JsonArray(),
                ["bindings"] = row.DeepClone(),
            }).ToArray());
            await context.Out.WriteLineAsync(new JsonObject { ["result"] = rows }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Conformance(CliContext context)
    {
        var command = new Command("conformance", "Run OPA's YAML conformance cases with Infra's Rego engine; prints passed/failed per category.");
        var directory = new Argument<string>("dir") { Description = "The cases folder (e.g. ../shared/conformance/opa/cases)." };
        command.Add(directory);
        command.SetAction((result, cancellationToken) => Guard.RunAsync(context, async () =>
        {
            var path = context.ResolvePath(result.GetValue(directory)!);
            if (!Directory.Exists(path))
            {
                throw new InputException($"{result.GetValue(directory)}: folder not found.");
            }
            var report = ConformanceRunner.Run(path, cancellationToken);
            await context.Out.WriteLineAsync(report.Format()).ConfigureAwait(false);
            return report.Failed > 0 ? ExitCodes.DeploymentFailed : ExitCodes.Ok;
        }));
        return command;
    }
}
