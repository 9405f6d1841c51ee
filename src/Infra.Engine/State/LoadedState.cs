namespace Infra.Engine.State;

/// <summary>A stack's state as loaded: the checkpoint with its journal replayed.</summary>
/// <param name="State">The state (pending operations included).</param>
/// <param name="Revision">The checkpoint revision, for the compare-and-swap write at the end.</param>
/// <param name="JournalRecords">How many journal records were replayed (non-zero means the last run did not finish compaction).</param>
/// <param name="Warnings">Things the user should know (a torn record dropped, a stale journal discarded).</param>
public sealed record LoadedState(StackState State, string Revision, int JournalRecords, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Provider effects the replayed journal records (a run that did not finish): providers confirm them through
    /// <see cref="Infra.Providers.IProvider.RecoverAsync"/> before anything folds them into a checkpoint.
    /// </summary>
    public IReadOnlyList<RecoveredChange> Recovered { get; init; } = [];
}
