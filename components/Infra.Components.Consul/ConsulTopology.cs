namespace Infra.Components.Consul;

/// <summary>The names, ports and labels one Consul cluster is wired with.</summary>
internal sealed record ConsulTopology(string Name, string Namespace, int Servers, string Datacenter, bool Tls)
{
    public const int ServerRpcPort = 8300;
    public const int SerfLanPort = 8301;
    public const int SerfWanPort = 8302;
    public const int HttpPort = 8500;
    public const int HttpsPort = 8501;
    public const int GrpcPort = 8502;
    public const int GrpcTlsPort = 8503;
    public const int DnsPort = 8600;

    public string ServerService => $"{Name}-server";

    public string ServerTlsSecret => $"{Name}-server-tls";

    public string GossipSecret => $"{Name}-gossip";

    public string AclSecret => $"{Name}-acl";

    public string ServerConfigMap => $"{Name}-server-config";

    public string ClientConfigMap => $"{Name}-client-config";

    public int ApiPort => Tls ? HttpsPort : HttpPort;

    public string ApiScheme => Tls ? "https" : "http";

    public Dictionary<string, string> Labels(string component) => PodDefaults.Labels("consul", Name, component);

    public Dictionary<string, string> Selector(string component)
    {
        var selector = PodDefaults.SelectorLabels("consul", Name);
        selector["app.kubernetes.io/component"] = component;
        return selector;
    }

    public string ServerHost(int ordinal) => $"{Name}-server-{ordinal}.{ServerService}.{Namespace}.svc.cluster.local";

    public IReadOnlyList<string> RetryJoin => Enumerable.Range(0, Servers).Select(ServerHost).ToList();

    public string HttpEndpoint => $"{ApiScheme}://{Name}-http.{Namespace}.svc.cluster.local:{ApiPort}";

    public string DnsAddress => $"{Name}-dns.{Namespace}.svc.cluster.local";

    public IReadOnlyList<string> CertificateDnsNames =>
    [
        "localhost",
        $"server.{Datacenter}.consul",
        $"*.server.{Datacenter}.consul",
        $"{Name}-http",
        $"{Name}-http.{Namespace}",
        $"{Name}-http.{Namespace}.svc",
        $"{Name}-http.{Namespace}.svc.cluster.local",
        $"{Name}-ui.{Namespace}.svc",
        $"*.{ServerService}",
        $"*.{ServerService}.{Namespace}",
        $"*.{ServerService}.{Namespace}.svc",
        $"*.{ServerService}.{Namespace}.svc.cluster.local",
    ];
}
