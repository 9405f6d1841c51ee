namespace Infra.Providers;

/// <summary>An operation failed for a reason the user can act on; the message is shown as the step's error.</summary>
/// <param name="message">What failed and why, in the target system's words where possible.</param>
/// <param name="inner">The underlying error, if any.</param>
public sealed class ProviderException(string message, Exception? inner = null) : Exception(message, inner);
