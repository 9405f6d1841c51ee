namespace Infra.Testing;

/// <summary>The stack could not be previewed: the program failed, or a provider rejected a resource's inputs.</summary>
/// <param name="message">Every failure, one per line, with the URN it belongs to.</param>
public sealed class StackSnapshotException(string message) : Exception(message);
