namespace Infra.Engine.State;

/// <summary>A state load under way: the stored bytes are read, the checkpoint is being decoded.</summary>
/// <param name="HasJournalRecords">
/// True when an unfinished run left journal records: the loaded state then needs recovery before anything runs on it.
/// </param>
/// <param name="Loaded">The loaded state, when decoded.</param>
public sealed record StateLoad(bool HasJournalRecords, Task<LoadedState> Loaded);
