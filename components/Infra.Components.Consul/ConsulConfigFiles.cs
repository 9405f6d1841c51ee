using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Components.Consul;

/// <summary>
/// The agents' JSON configuration. Only non-secret settings live here (it goes into a ConfigMap): the gossip key and
/// the ACL bootstrap token reach the agents from Secrets.
/// </summary>
internal static class ConsulConfigFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Server(ConsulTopology t, ConsulClusterArgs args)
    {
        var config = new JsonObject
        {
            ["datacenter"] = t.Datacenter,
            ["server"] = true,
            ["bootstrap_expect"] = t.Servers,
            ["data_dir"] = "/consul/data",
            ["client_addr"] = "0.0.0.0",
            ["bind_addr"] = "0.0.0.0",
            ["retry_join"] = Array(t.RetryJoin),
            ["leave_on_terminate"] = false,
            ["disable_update_check"] = true,
            ["log_level"] = "INFO",
            ["log_json"] = true,
            ["performance"] = new JsonObject { ["raft_multiplier"] = 1 },
            ["autopilot"] = new JsonObject
            {
                ["cleanup_dead_servers"] = true,
                ["last_contact_threshold"] = "200ms",
                ["server_stabilization_time"] = "10s",
                ["min_quorum"] = t.Servers / 2 + 1,
            },
            ["acl"] = Acl(),
            ["ui_config"] = new JsonObject { ["enabled"] = args.UiEnabled },
            ["ports"] = Ports(t, args, server: true),
        };
        if (t.Tls)
        {
            config["tls"] = new JsonObject
            {
                ["defaults"] = new JsonObject
                {
                    ["ca_file"] = "/consul/tls/ca.crt",
                    ["cert_file"] = "/consul/tls/tls.crt",
                    ["key_file"] = "/consul/tls/tls.key",
                    ["verify_incoming"] = true,
                    ["verify_outgoing"] = true,
                    ["tls_min_version"] = "TLSv1_2",
                },
                ["internal_rpc"] = new JsonObject { ["verify_server_hostname"] = true },
                ["https"] = new JsonObject { ["verify_incoming"] = false },
                ["grpc"] = new JsonObject { ["verify_incoming"] = false, ["use_auto_cert"] = false },
            };
            config["auto_encrypt"] = new JsonObject { ["allow_tls"] = true };
        }
        if (args.ConnectEnabled)
        {
            config["connect"] = new JsonObject { ["enabled"] = true };
        }
        if (args.WanFederation is { } wan)
        {
            config["primary_datacenter"] = wan.PrimaryDatacenter;
            if (wan.PrimaryGateways.Count > 0)
            {
                config["primary_gateways"] = Array(wan.PrimaryGateways);
            }
            config["connect"] = new JsonObject { ["enabled"] = true, ["enable_mesh_gateway_wan_federation"] = true };
        }
        return config.ToJsonString(Indented);
    }

    public static string Client(ConsulTopology t, ConsulClusterArgs args)
    {
        var config = new JsonObject
        {
            ["datacenter"] = t.Datacenter,
            ["server"] = false,
            ["data_dir"] = "/consul/data",
            ["client_addr"] = "0.0.0.0",
            ["retry_join"] = Array([$"{t.ServerService}.{t.Namespace}.svc.cluster.local"]),
            ["leave_on_terminate"] = true,
            ["disable_update_check"] = true,
            ["log_json"] = true,
            ["acl"] = Acl(),
            ["ports"] = Ports(t, args, server: false),
        };
        if (t.Tls)
        {
            config["tls"] = new JsonObject
            {
                ["defaults"] = new JsonObject { ["ca_file"] = "/consul/tls/ca.crt", ["verify_outgoing"] = true },
                ["internal_rpc"] = new JsonObject { ["verify_server_hostname"] = true },
            };
            config["auto_encrypt"] = new JsonObject { ["tls"] = true };
        }
        return config.ToJsonString(Indented);
    }

    private static JsonObject Acl() => new()
    {
        ["enabled"] = true,
        ["default_policy"] = "deny",
        ["down_policy"] = "extend-cache",
        ["enable_token_persistence"] = true,
    };

    private static JsonObject Ports(ConsulTopology t, ConsulClusterArgs args, bool server)
    {
        var ports = new JsonObject
        {
            ["http"] = t.Tls ? -1 : ConsulTopology.HttpPort,
            ["https"] = t.Tls ? ConsulTopology.HttpsPort : -1,
            ["grpc"] = ConsulTopology.GrpcPort,
            ["dns"] = ConsulTopology.DnsPort,
        };
        if (args.ConnectEnabled && t.Tls)
        {
            ports["grpc_tls"] = ConsulTopology.GrpcTlsPort;
        }
        if (server)
        {
            ports["server"] = ConsulTopology.ServerRpcPort;
        }
        return ports;
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
