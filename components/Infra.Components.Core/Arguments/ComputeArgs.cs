namespace Infra.Components;

/// <summary>CPU and memory requests and limits of a cluster's member container.</summary>
public sealed record ComputeArgs
{
    /// <summary>The CPU request (default <c>500m</c>).</summary>
    public string CpuRequest { get; init; } = "500m";

    /// <summary>The memory request (default <c>1Gi</c>).</summary>
    public string MemoryRequest { get; init; } = "1Gi";

    /// <summary>The CPU limit; null leaves CPU unthrottled (the default, as throttling hurts consensus latency).</summary>
    public string? CpuLimit { get; init; }

    /// <summary>The memory limit (default <c>2Gi</c>).</summary>
    public string MemoryLimit { get; init; } = "2Gi";
}
