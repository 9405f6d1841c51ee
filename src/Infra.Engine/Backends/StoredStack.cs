namespace Infra.Engine.Backends;

/// <summary>A stack's raw stored bytes.</summary>
/// <param name="Checkpoint">The checkpoint document.</param>
/// <param name="Journal">The journal lines written since the checkpoint.</param>
/// <param name="Revision">An opaque revision of the checkpoint, for compare-and-swap writes.</param>
/// <param name="CheckpointName">A display name for messages (a path or a key).</param>
/// <param name="JournalName">A display name for messages.</param>
public sealed record StoredStack(byte[] Checkpoint, byte[] Journal, string Revision, string CheckpointName, string JournalName);
