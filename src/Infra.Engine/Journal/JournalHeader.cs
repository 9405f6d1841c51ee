namespace Infra.Engine.Journal;

/// <summary>The first line of a journal: which checkpoint it continues.</summary>
/// <param name="Lineage">The stack lineage.</param>
/// <param name="BaseSerial">The serial of the checkpoint the journal applies to.</param>
public sealed record JournalHeader(string Lineage, long BaseSerial);
