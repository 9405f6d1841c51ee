using Infra.Cli.Graph;
using Infra.Engine.Planning;

namespace Infra.Cli.Reports;

/// <summary>What every report format shows the same way: step counts and the changed resources by component.</summary>
internal static class PlanOverview
{
    /// <summary>The label of resources directly in the stack.</summary>
    public const string StackLabel = "(stack)";


    private static readonly (string Kind, string Symbol, string Label)[] KindOrder =
    [
        ("create", "+", "to create"),
        ("update", "~", "to update"),
        ("replace", "+-", "to replace"),
        ("delete", "-", "to delete"),
        ("delete-replaced", "-", "replaced copies to delete"),
        ("read", ">", "to read"),
        ("same", " ", "unchanged"),
    ];

    /// <summary>The symbol Pulumi users know for a step kind.</summary>
    public static string Symbol(string kind) => KindOrder.FirstOrDefault(k => k.Kind == kind).Symbol ?? "?";

    /// <summary>Step counts in a fixed order (create, update, replace, delete, …, unchanged); kinds with no steps are left out.</summary>
    public static IReadOnlyList<(string Kind, string Symbol, string Label, int Count)> Counts(PlanDocument plan)
    {
        var counts = plan.Steps.GroupBy(s => s.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var known = KindOrder.Where(k => counts.ContainsKey(k.Kind)).Select(k => (k.Kind, k.Symbol, k.Label, counts[k.Kind]));
        var other = counts.Keys.Where(k => KindOrder.All(o => o.Kind != k)).Order(StringComparer.Ordinal).Select(k => (k, "?", k, counts[k]));
        return known.Concat(other).ToList();
    }

    /// <summary>True when a step changes something (not <c>same</c> or <c>read</c>).</summary>
    public static bool IsChange(PlanStep step) => step.Kind is not "same" and not "read";

    /// <summary>
    /// The changed resources grouped by their nearest enclosing component (labelled with the components above it),
    /// resources directly in the stack first, then components with each parent before its children. The deletion of a replaced resource's old copy is shown with its replace.
    /// </summary>
    public static IReadOnlyList<ComponentChanges> ChangesByComponent(PlanDocument plan)
    {
        var byUrn = new Dictionary<string, PlanStep>(StringComparer.Ordinal);
        foreach (var step in plan.Steps)
        {
            byUrn.TryAdd(step.Urn, step);
        }
        var replaced = plan.Steps.Where(s => s.Kind == "replace").Select(s => s.Urn).ToHashSet(StringComparer.Ordinal);
        var changed = plan.Steps
            .Where(s => s.Custom && IsChange(s) && !(s.Kind == "delete-replaced" && replaced.Contains(s.Urn)))
            .OrderBy(s => s.Urn, StringComparer.Ordinal)
            .ThenBy(s => s.Kind, StringComparer.Ordinal);
        return changed
            .GroupBy(s => Component(s, byUrn))
            .Select(g => (Chain: g.Key is null ? [] : Ancestry(g.Key, byUrn), Steps: g.ToList()))
            .OrderBy(g => string.Join('\u0001', g.Chain.Select(c => c.Urn)), StringComparer.Ordinal)
            .Select(g => new ComponentChanges(g.Chain.Count == 0 ? StackLabel : string.Join(" / ", g.Chain.Select(c => $"{GraphLabels.ShortType(c.Type)} {c.Name}")), g.Steps))
            .ToList();
    }

    /// <summary>The components from the outermost down to <paramref name="component"/>.</summary>
    private static List<PlanStep> Ancestry(PlanStep component, Dictionary<string, PlanStep> byUrn)
    {
        var chain = new List<PlanStep> { component };
        for (var parent = component.Parent; parent is not null && byUrn.TryGetValue(parent, out var up) && up.Type != Urn.StackType; parent = up.Parent)
        {
            chain.Insert(0, up);
        }
        return chain;
    }

    /// <summary>The step's nearest ancestor that is a component (not the stack itself).</summary>
    private static PlanStep? Component(PlanStep step, Dictionary<string, PlanStep> byUrn)
    {
        for (var parent = step.Parent; parent is not null && byUrn.TryGetValue(parent, out var up); parent = up.Parent)
        {
            if (up.Type == Urn.StackType)
            {
                return null;
            }
            if (!up.Custom)
            {
                return up;
            }
        }
        return null;
    }
}
