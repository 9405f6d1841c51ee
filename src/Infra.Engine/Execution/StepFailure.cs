using Infra.Engine.State;

namespace Infra.Engine.Execution;

/// <summary>A resource that failed or was refused.</summary>
/// <param name="Urn">The resource (or empty for program-level errors).</param>
/// <param name="Kind">The step kind, if a step was decided.</param>
/// <param name="Message">The redacted error.</param>
/// <param name="BadInput">True when the cause is the user's input (exit code 2) rather than a failed operation.</param>
public sealed record StepFailure(string Urn, StepKind? Kind, string Message, bool BadInput);
