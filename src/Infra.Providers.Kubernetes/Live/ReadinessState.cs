namespace Infra.Providers.Kubernetes.Live;

/// <summary>Readiness of a live object at one point in time.</summary>
/// <param name="Status">Pending, Ready or Failed.</param>
/// <param name="Message">Progress text, e.g. <c>2/3 replicas available</c>.</param>
public sealed record ReadinessState(ReadinessStatus Status, string Message);
