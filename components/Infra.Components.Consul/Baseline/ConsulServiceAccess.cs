namespace Infra.Components.Consul;

/// <summary>A mesh service: it gets an ACL policy, role and token of its own, and may call only its upstreams.</summary>
/// <param name="Name">The service name (an RFC 1123 label).</param>
/// <param name="Upstreams">The services it calls; each gets an intention allowing it.</param>
public sealed record ConsulServiceAccess(string Name, IReadOnlyList<string> Upstreams);
