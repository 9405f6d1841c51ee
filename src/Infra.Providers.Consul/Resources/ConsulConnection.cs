namespace Infra.Consul;

/// <summary>
/// An explicit Consul connection for resources whose Consul is created by the same stack: its settings may be outputs
/// (e.g. a <c>ConsulCluster</c>'s endpoint and CA), so they resolve at deploy time. Resources without one use the stack
/// config (<c>consul:address</c>, <c>consul:token</c>, …); a connection's address and token win over that config, the
/// rest (datacenter, retries) still comes from it.
/// </summary>
public sealed class ConsulConnection : ResourceArgs
{
    /// <summary>The HTTP(S) API address, e.g. <c>https://consul.consul.svc:8501</c>.</summary>
    public required Input<string> Address { get; init; }

    /// <summary>The CA certificate (PEM) the server's certificate must chain to; the system's trust when unset or empty.</summary>
    public Input<string>? CaCertPem { get; init; }

    /// <summary>The ACL token (kept secret); <c>consul:token</c> when unset.</summary>
    public Input<string>? Token { get; init; }

    /// <summary>
    /// False records the resources as pending without calling Consul (for stacks that render manifests and cannot
    /// reach the server yet); the first run with true creates them. Default true.
    /// </summary>
    public Input<bool>? Apply { get; init; }
}
