namespace Infra.Components.Consul;

/// <summary>WAN federation settings of a <see cref="ConsulCluster"/>.</summary>
public sealed record ConsulWanFederationArgs
{
    /// <summary>The primary datacenter (equal to the cluster's own datacenter when this is the primary).</summary>
    public required string PrimaryDatacenter { get; init; }

    /// <summary>Mesh gateway addresses (<c>host:port</c>) of the primary datacenter; empty in the primary itself.</summary>
    public IReadOnlyList<string> PrimaryGateways { get; init; } = [];
}
