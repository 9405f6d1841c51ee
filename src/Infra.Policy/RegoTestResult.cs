namespace Infra.Policy;

/// <summary>The outcome of one <c>test_*</c> rule.</summary>
/// <param name="Name">Full rule path, e.g. <c>data.k8s.test_deny_privileged</c>.</param>
/// <param name="Passed">True when the rule evaluated to true.</param>
/// <param name="Error">Evaluation error text, if any.</param>
/// <param name="Duration">How long the test took.</param>
public sealed record RegoTestResult(string Name, bool Passed, string? Error, TimeSpan Duration);
