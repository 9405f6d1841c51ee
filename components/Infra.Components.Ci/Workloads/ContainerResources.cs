namespace Infra.Components.Ci.Workloads;

/// <summary>CPU and memory requests and limits, as Kubernetes quantities (<c>cpu: 500m</c>, <c>memory: 1Gi</c>).</summary>
/// <param name="Requests">What the scheduler reserves.</param>
/// <param name="Limits">The ceiling.</param>
public sealed record ContainerResources(IReadOnlyDictionary<string, string>? Requests, IReadOnlyDictionary<string, string>? Limits)
{
    /// <summary>Requests and limits of <paramref name="cpu"/> and <paramref name="memory"/> (limits: memory only, so CPU is not throttled).</summary>
    public static ContainerResources Of(string cpu, string memory) =>
        new(new Dictionary<string, string> { ["cpu"] = cpu, ["memory"] = memory }, new Dictionary<string, string> { ["memory"] = memory });
}
