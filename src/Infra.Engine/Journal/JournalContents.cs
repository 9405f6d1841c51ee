namespace Infra.Engine.Journal;

/// <summary>A decoded journal.</summary>
/// <param name="Header">The header, or null for an empty journal.</param>
/// <param name="Entries">The records in order.</param>
/// <param name="TornTail">A message when a torn last record was dropped.</param>
public sealed record JournalContents(JournalHeader? Header, IReadOnlyList<JournalEntry> Entries, string? TornTail);
