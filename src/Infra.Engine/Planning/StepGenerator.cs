using Infra.Engine.Diagnostics;
using Infra.Engine.State;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Engine.Planning;

/// <summary>
/// Decides the step for one registered resource from its goal, its recorded state and its provider's Check and
/// Diff. It calls no mutating provider method and changes nothing.
/// </summary>
public static class StepGenerator
{
    /// <summary>Generates the step for a custom resource.</summary>
    public static async Task<Step> GenerateAsync(ResourceGoal goal, ResourceState? old, IProvider provider, CancellationToken cancellationToken)
    {
        var checkedInputs = await provider.CheckAsync(new CheckRequest(goal.Urn, goal.Type, old?.Inputs, goal.Inputs), cancellationToken).ConfigureAwait(false);
        if (checkedInputs.Failures.Count > 0)
        {
            throw new CheckFailedException(goal.Urn, checkedInputs.Failures);
        }
        var inputs = IgnoreChanges.Apply(checkedInputs.Inputs, old?.Inputs, goal.Options.IgnoreChanges);
        if (old is null)
        {
            return new Step(StepKind.Create, goal.Urn, goal.Type, goal, null, inputs, [], []);
        }
        if (old.Type != goal.Type)
        {
            return Replace(goal, old, inputs, ["type"], ["type"]);
        }
        var diff = await provider.DiffAsync(new DiffRequest(goal.Urn, goal.Type, old.Id ?? "", old.Inputs, old.Outputs, inputs), cancellationToken).ConfigureAwait(false);
        if (diff.ChangedPaths.Count == 0 && diff.ReplacePaths.Count == 0)
        {
            // The common case of a run over an unchanged stack: nothing to filter.
            return Same(goal, old, inputs);
        }
        var changed = diff.ChangedPaths.Where(p => !goal.Options.IgnoreChanges.Any(i => PropertyDiff.IsUnder(p, i))).ToList();
        var replace = diff.ReplacePaths
            .Concat(changed.Where(p => goal.Options.ReplaceOnChanges.Any(r => r == "*" || PropertyDiff.IsUnder(p, r))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (replace.Count > 0)
        {
            return Replace(goal, old, inputs, changed, replace, diff.DeleteBeforeReplace);
        }
        return changed.Count > 0
            ? new Step(StepKind.Update, goal.Urn, goal.Type, goal, old, inputs, changed, [])
            : Same(goal, old, inputs);
    }

    /// <summary>Generates the step for a component (no provider: create once, same after).</summary>
    public static Step GenerateComponent(ResourceGoal goal, ResourceState? old) =>
        old is null
            ? new Step(StepKind.Create, goal.Urn, goal.Type, goal, null, PropertyMap.Empty, [], [])
            : new Step(StepKind.Same, goal.Urn, goal.Type, goal, old, old.Inputs, [], []);

    // An unchanged resource keeps the recorded map itself, in the step and in its goal: the program's equal copy is
    // dropped at once instead of living on in the plan (in a large no-op update, half the live heap), and every later
    // comparison with the recorded inputs (state, plan check) is a reference check.
    private static Step Same(ResourceGoal goal, ResourceState old, PropertyMap inputs)
    {
        if (!inputs.Equals(old.Inputs))
        {
            return new Step(StepKind.Same, goal.Urn, goal.Type, goal, old, inputs, [], []);
        }
        var shared = ReferenceEquals(goal.Inputs, inputs) || goal.Inputs.Equals(old.Inputs) ? goal with { Inputs = old.Inputs } : goal;
        return new Step(StepKind.Same, goal.Urn, goal.Type, shared, old, old.Inputs, [], []);
    }

    private static Step Replace(ResourceGoal goal, ResourceState old, PropertyMap inputs, IReadOnlyList<string> changed, IReadOnlyList<string> replace, bool providerWantsDeleteFirst = false)
    {
        if (old.Protect)
        {
            throw new ProtectedResourceException(goal.Urn, $"cannot replace protected resource {goal.Urn} (changes to {string.Join(", ", replace)} need a new resource). Run `infra state unprotect '{goal.Urn}'` first if the replacement is intended.");
        }
        return new Step(StepKind.Replace, goal.Urn, goal.Type, goal, old, inputs, changed, replace, goal.Options.DeleteBeforeReplace || providerWantsDeleteFirst);
    }
}
