using Infra.Engine.Journal;

namespace Infra.Engine.State;

/// <summary>
/// A provider-side effect that a run which did not finish recorded in its journal: a resource it created, updated or
/// replaced (as recorded after the step), or deleted (as it was before the delete).
/// </summary>
/// <param name="Resource">The resource's recorded state.</param>
/// <param name="Deleted">True when the run deleted it.</param>
public sealed record RecoveredChange(ResourceState Resource, bool Deleted)
{
    /// <summary>The provider effects among <paramref name="entries"/>, in journal order.</summary>
    public static IReadOnlyList<RecoveredChange> From(IEnumerable<JournalEntry> entries)
    {
        var begun = new Dictionary<(StepKind, string), ResourceState>();
        var changes = new List<RecoveredChange>();
        foreach (var entry in entries)
        {
            if (entry.Op == JournalOp.Begin && entry.Resource is not null)
            {
                begun[(entry.Kind, entry.Urn)] = entry.Resource;
                continue;
            }
            if (entry.Op != JournalOp.Commit)
            {
                continue;
            }
            switch (entry.Kind)
            {
                case StepKind.Create or StepKind.Update or StepKind.Replace when entry.Resource is { Custom: true } written:
                    changes.Add(new RecoveredChange(written, Deleted: false));
                    break;
                case StepKind.Delete or StepKind.DeleteReplaced when begun.TryGetValue((entry.Kind, entry.Urn), out var before) && before.Custom:
                    // Only a delete that began (called its provider) has an effect; a retained resource is just forgotten.
                    changes.Add(new RecoveredChange(before, Deleted: true));
                    break;
            }
        }
        return changes;
    }
}
