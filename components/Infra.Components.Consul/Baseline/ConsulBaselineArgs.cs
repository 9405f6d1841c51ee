namespace Infra.Components.Consul;

/// <summary>Arguments of <see cref="ConsulBaseline"/>.</summary>
public sealed record ConsulBaselineArgs
{
    /// <summary>The Consul HTTP(S) API address (e.g. a <see cref="ConsulCluster"/>'s <c>HttpEndpoint</c>).</summary>
    public required Input<string> Address { get; init; }

    /// <summary>The CA certificate (PEM) Consul's listener chains to; empty trusts the system store.</summary>
    public Input<string>? CaCertPem { get; init; }

    /// <summary>A management token (e.g. the cluster's <c>AclBootstrapToken</c>); the stack's <c>consul:token</c> when unset.</summary>
    public Input<string>? Token { get; init; }

    /// <summary>False keeps every resource pending (in plans and state, no Consul call) until Consul is reachable.</summary>
    public Input<bool>? Apply { get; init; }

    /// <summary>The mesh services and whom they call.</summary>
    public IReadOnlyList<ConsulServiceAccess> Services { get; init; } = [];

    /// <summary>Adds a <c>*</c> → <c>*</c> deny intention, so only the listed calls are allowed.</summary>
    public bool DefaultDeny { get; init; } = true;
}
