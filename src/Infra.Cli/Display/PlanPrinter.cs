using Infra.Engine.Planning;

namespace Infra.Cli.Display;

/// <summary>Prints plan summaries and property-level diffs (values already redacted in the plan).</summary>
internal static class PlanPrinter
{
    public static void PrintDiffs(TextWriter output, PlanDocument plan)
    {
        foreach (var step in plan.Steps.Where(s => s.Kind is "update" or "replace"))
        {
            output.WriteLine($"  {StepSymbols.Symbol(step.Kind)} {step.Type} {step.Name}");
            foreach (var change in step.Diff)
            {
                var marker = step.ReplacePaths.Contains(change.Path) ? " (forces replacement)" : "";
                output.WriteLine(change.Kind switch
                {
                    "add" => $"      + {change.Path}: {Render(change.New)}{marker}",
                    "delete" => $"      - {change.Path}: {Render(change.Old)}{marker}",
                    _ => $"      ~ {change.Path}: {Render(change.Old)} => {Render(change.New)}{marker}",
                });
            }
        }
    }

    public static void PrintSummary(TextWriter output, PlanDocument plan, bool preview)
    {
        var counts = plan.Steps.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine("Resources:");
        var any = false;
        foreach (var (kind, future, past) in new[]
                 {
                     ("create", "to create", "created"),
                     ("update", "to update", "updated"),
                     ("replace", "to replace", "replaced"),
                     ("delete", "to delete", "deleted"),
                 })
        {
            if (counts.TryGetValue(kind, out var n))
            {
                output.WriteLine($"    {StepSymbols.Symbol(kind)} {n} {(preview ? future : past)}");
                any = true;
            }
        }
        var same = counts.GetValueOrDefault("same");
        output.WriteLine(any ? $"    {same} unchanged" : $"    {same} unchanged (no changes)");
    }

    private static string Render(System.Text.Json.Nodes.JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..117] + "..." : text;
    }
}
