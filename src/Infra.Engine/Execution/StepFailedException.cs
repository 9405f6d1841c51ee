namespace Infra.Engine.Execution;

/// <summary>A provider operation failed; the message is redacted and recorded in the journal.</summary>
/// <param name="message">The redacted message.</param>
/// <param name="inner">The original error.</param>
public sealed class StepFailedException(string message, Exception inner) : Exception(message, inner);
