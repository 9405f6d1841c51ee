using k8s.Models;

namespace Infra.Components.Consul;

/// <summary>The Services of one Consul cluster: headless server (raft, serf), HTTP/gRPC, UI and DNS.</summary>
internal static class ConsulServices
{
    public static V1Service Server(ConsulTopology t) => Service(t, t.ServerService, headless: true,
    [
        Port("server", ConsulTopology.ServerRpcPort),
        Port("serflan-tcp", ConsulTopology.SerfLanPort),
        Port("serflan-udp", ConsulTopology.SerfLanPort, "UDP"),
        Port("serfwan-tcp", ConsulTopology.SerfWanPort),
        Port("serfwan-udp", ConsulTopology.SerfWanPort, "UDP"),
        Port(t.Tls ? "https" : "http", t.ApiPort),
        Port("grpc", ConsulTopology.GrpcPort),
        Port("dns-tcp", ConsulTopology.DnsPort),
        Port("dns-udp", ConsulTopology.DnsPort, "UDP"),
    ]);

    public static V1Service Http(ConsulTopology t, bool connect)
    {
        var ports = new List<V1ServicePort> { Port(t.Tls ? "https" : "http", t.ApiPort), Port("grpc", ConsulTopology.GrpcPort) };
        if (connect && t.Tls)
        {
            ports.Add(Port("grpc-tls", ConsulTopology.GrpcTlsPort));
        }
        return Service(t, $"{t.Name}-http", headless: false, ports);
    }

    public static V1Service Ui(ConsulTopology t) => Service(t, $"{t.Name}-ui", headless: false,
        [new V1ServicePort { Name = t.Tls ? "https" : "http", Port = t.Tls ? 443 : 80, TargetPort = t.ApiPort }]);

    public static V1Service Dns(ConsulTopology t) => Service(t, $"{t.Name}-dns", headless: false,
    [
        new V1ServicePort { Name = "dns-tcp", Port = 53, TargetPort = ConsulTopology.DnsPort, Protocol = "TCP" },
        new V1ServicePort { Name = "dns-udp", Port = 53, TargetPort = ConsulTopology.DnsPort, Protocol = "UDP" },
    ]);

    private static V1Service Service(ConsulTopology t, string name, bool headless, List<V1ServicePort> ports) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = t.Namespace, Labels = t.Labels("server") },
        Spec = new V1ServiceSpec
        {
            ClusterIP = headless ? "None" : null,
            PublishNotReadyAddresses = headless ? true : null,
            Selector = t.Selector("server"),
            Ports = ports,
        },
    };

    private static V1ServicePort Port(string name, int port, string protocol = "TCP") =>
        new() { Name = name, Port = port, TargetPort = port, Protocol = protocol };
}
