namespace Infra.Components.Consul;

/// <summary>Checks <see cref="ConsulClusterArgs"/>, naming each bad argument.</summary>
internal static class ConsulArgsValidator
{
    public static ArgumentCheck Check(string name, ConsulClusterArgs args)
    {
        var check = new ArgumentCheck($"ConsulCluster '{name}'")
            .DnsLabel(name, "name")
            .DnsLabel(args.Namespace, nameof(args.Namespace))
            .DnsLabel(args.Datacenter, nameof(args.Datacenter))
            .QuorumMembers(args.Servers, nameof(args.Servers), args.Production)
            .StorageSize(args.Storage.Size, $"{nameof(args.Storage)}.{nameof(StorageArgs.Size)}")
            .Require(args.TlsEnabled || !args.Production, nameof(args.TlsEnabled), "must be true in a production stack: RPC and the HTTP API carry ACL tokens")
            .Require(!args.ConnectEnabled || args.TlsEnabled, nameof(args.ConnectEnabled), "needs TlsEnabled: Envoy reaches the servers over gRPC TLS");
        if (args.WanFederation is { } wan)
        {
            var prefix = nameof(args.WanFederation);
            check.DnsLabel(wan.PrimaryDatacenter, $"{prefix}.{nameof(wan.PrimaryDatacenter)}")
                .Require(args.ConnectEnabled, $"{prefix}", "needs ConnectEnabled: WAN federation goes through mesh gateways")
                .Require(wan.PrimaryDatacenter == args.Datacenter || wan.PrimaryGateways.Count > 0, $"{prefix}.{nameof(wan.PrimaryGateways)}",
                    $"must list the primary datacenter's mesh gateways when this datacenter ('{args.Datacenter}') is a secondary");
            foreach (var gateway in wan.PrimaryGateways)
            {
                check.Require(gateway.Contains(':', StringComparison.Ordinal), $"{prefix}.{nameof(wan.PrimaryGateways)}", $"entries must be host:port, got '{gateway}'");
            }
        }
        return check;
    }
}
