namespace Infra.Providers.Kubernetes.Live;

/// <summary>One cause from a Kubernetes <c>Status</c> response (<c>details.causes[]</c>).</summary>
/// <param name="Field">The field path the cause is about, e.g. <c>spec.replicas</c>; empty when none.</param>
/// <param name="Reason">Machine-readable cause type, e.g. <c>FieldValueInvalid</c> or <c>conflict</c>.</param>
/// <param name="Message">Human-readable explanation.</param>
public sealed record StatusCause(string Field, string Reason, string Message);
