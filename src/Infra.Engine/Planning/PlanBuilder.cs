using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Infra.Engine.State;
using Infra.Properties;

namespace Infra.Engine.Planning;

/// <summary>Collects steps (from concurrent registrations) into a <see cref="PlanDocument"/>.</summary>
public sealed class PlanBuilder
{
    private readonly ConcurrentQueue<(long Order, PlanStep Step)> _steps = new();
    private long _order;

    /// <summary>Records a step.</summary>
    public PlanStep Add(Step step)
    {
        var old = step.Old;
        var goal = step.Goal;
        var changes = step.Kind is StepKind.Update or StepKind.Replace && step.NewInputs is not null
            ? PropertyDiff.ComputeDetailed(old?.Inputs, step.NewInputs).Select(ToPlanChange).ToList()
            : [];
        var planStep = new PlanStep
        {
            Urn = step.Urn,
            Type = step.Type,
            Name = Infra.Urn.Name(step.Urn),
            Parent = goal?.Parent ?? old?.Parent,
            Provider = (goal?.Custom ?? old?.Custom ?? false) ? Package(step.Type) : null,
            Kind = KindName(step.Kind),
            Custom = goal?.Custom ?? old?.Custom ?? false,
            Dependencies = goal?.Dependencies ?? old?.Dependencies ?? [],
            OldInputsSource = old?.Inputs,
            OldOutputsSource = old?.Outputs,
            NewInputsSource = step.NewInputs,
            ChangedPaths = step.ChangedPaths,
            ReplacePaths = step.ReplacePaths,
            Diff = changes,
            Protect = goal?.Options.Protect ?? old?.Protect ?? false,
        };
        _steps.Enqueue((Interlocked.Increment(ref _order), planStep));
        return planStep;
    }

    /// <summary>Builds the document.</summary>
    public PlanDocument Build(StackState state, IReadOnlyDictionary<string, JsonNode?> config)
    {
        var steps = _steps.OrderBy(s => s.Order).Select(s => s.Step).ToList();
        var summary = steps.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new PlanDocument
        {
            Project = state.Project,
            Stack = state.Stack,
            Lineage = state.Lineage,
            Serial = state.Serial,
            Config = config,
            Steps = steps,
            Summary = summary,
        };
    }

    /// <summary>The plan name of a step kind.</summary>
    public static string KindName(StepKind kind) => kind switch
    {
        // Constants for the kinds every run produces: this is called for every step.
        StepKind.Same => "same",
        StepKind.Create => "create",
        StepKind.Update => "update",
        StepKind.Replace => "replace",
        StepKind.Delete => "delete",
        StepKind.DeleteReplaced => "delete-replaced",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Package(string type)
    {
        var colon = type.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? type : type[..colon];
    }

    private static PlanPropertyChange ToPlanChange(PropertyChange change) => new(
        change.Path,
        change.Kind.ToString().ToLowerInvariant(),
        change.Old is null ? null : PropertyJson.ToJson(change.Old, SecretRendering.Redact),
        change.New is null ? null : PropertyJson.ToJson(change.New, SecretRendering.Redact));
}
