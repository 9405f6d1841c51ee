namespace Infra.Engine.Execution;

/// <summary>The run wants something other than the plan it must follow.</summary>
/// <param name="message">What differs, naming the resource.</param>
public sealed class PlanMismatchException(string message) : Exception(message);
