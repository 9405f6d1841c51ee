namespace Infra.Testing;

/// <summary>A plan differs from its verified snapshot (or none exists yet); the message holds a unified diff.</summary>
/// <param name="message">What differs and where the received file was written.</param>
public sealed class SnapshotMismatchException(string message) : Exception(message);
