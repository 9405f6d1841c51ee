namespace Infra.Components.Consul;

/// <summary>Arguments of a <see cref="ConsulCluster"/>; every default is a production default.</summary>
public sealed record ConsulClusterArgs
{
    /// <summary>The namespace the cluster runs in (must exist).</summary>
    public required string Namespace { get; init; }

    /// <summary>The number of servers (raft voters, also <c>bootstrap_expect</c>): odd, 1 to 7; at least 3 in production (default 3).</summary>
    public int Servers { get; init; } = 3;

    /// <summary>The datacenter name (default <c>dc1</c>).</summary>
    public string Datacenter { get; init; } = "dc1";

    /// <summary>The Consul image (default <c>hashicorp/consul:1.20.1</c>).</summary>
    public string Image { get; init; } = "hashicorp/consul:1.20.1";

    /// <summary>Each server's data volume (default 10Gi on the default StorageClass; at least 1Gi).</summary>
    public StorageArgs Storage { get; init; } = new();

    /// <summary>Each server's CPU and memory.</summary>
    public ComputeArgs Compute { get; init; } = new() { CpuRequest = "250m", MemoryRequest = "512Mi", MemoryLimit = "1Gi" };

    /// <summary>TLS for RPC, HTTPS and gRPC with certificates from the TLS provider, and auto-encrypt for clients (default true; required in production).</summary>
    public bool TlsEnabled { get; init; } = true;

    /// <summary>Marks the stack as production: TLS is required, at least 3 servers, servers on distinct nodes.</summary>
    public bool Production { get; init; }

    /// <summary>Enables Connect (service mesh) with gRPC TLS for Envoy (default true).</summary>
    public bool ConnectEnabled { get; init; } = true;

    /// <summary>Serves the web UI through its own Service (default true).</summary>
    public bool UiEnabled { get; init; } = true;

    /// <summary>Runs a client agent on every node as a DaemonSet (default false).</summary>
    public bool ClientsEnabled { get; init; }

    /// <summary>WAN federation with a primary datacenter through mesh gateways; null for a standalone datacenter.</summary>
    public ConsulWanFederationArgs? WanFederation { get; init; }
}
