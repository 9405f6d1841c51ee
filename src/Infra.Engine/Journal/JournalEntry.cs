using Infra.Engine.State;

namespace Infra.Engine.Journal;

/// <summary>One record in a stack's journal. Replaying commits over the checkpoint rebuilds the state.</summary>
/// <param name="Sequence">Position in the journal (1-based, gap-free).</param>
/// <param name="Op">Begin, commit or fail.</param>
/// <param name="Kind">The step kind.</param>
/// <param name="Urn">The URN the step addresses (the old URN when an alias renamed the resource).</param>
/// <param name="Resource">The resource state after the step (commits), or being worked on (begins).</param>
/// <param name="Id">For deletes: the ID of the copy deleted.</param>
/// <param name="Error">For failures: the message (already redacted).</param>
public sealed record JournalEntry(long Sequence, JournalOp Op, StepKind Kind, string Urn, ResourceState? Resource, string? Id = null, string? Error = null);
