namespace Infra.Components.Etcd;

/// <summary>The names, URLs and labels one etcd cluster is wired with.</summary>
internal sealed record EtcdTopology(string Name, string Namespace, int Members, bool Tls)
{
    public const int ClientPort = 2379;
    public const int PeerPort = 2380;
    public const int MetricsPort = 2381;

    public string Scheme => Tls ? "https" : "http";

    public string PeerService => $"{Name}-peer";

    public string ClientService => Name;

    public string PeerTlsSecret => $"{Name}-peer-tls";

    public string ClientTlsSecret => $"{Name}-client-tls";

    public string AuthSecret => $"{Name}-root";

    public Dictionary<string, string> Labels => PodDefaults.Labels("etcd", Name);

    public Dictionary<string, string> Selector => PodDefaults.SelectorLabels("etcd", Name);

    public string MemberHost(int ordinal) => $"{Name}-{ordinal}.{PeerService}.{Namespace}.svc.cluster.local";

    /// <summary>The <c>--initial-cluster</c> value: every member's name and peer URL.</summary>
    public string InitialCluster =>
        string.Join(",", Enumerable.Range(0, Members).Select(i => $"{Name}-{i}={Scheme}://{MemberHost(i)}:{PeerPort}"));

    public string ClientEndpoint => $"{Scheme}://{ClientService}.{Namespace}.svc.cluster.local:{ClientPort}";

    public IReadOnlyList<string> MemberEndpoints =>
        Enumerable.Range(0, Members).Select(i => $"{Scheme}://{MemberHost(i)}:{ClientPort}").ToList();

    /// <summary>DNS names the member certificates cover (every member, the services, wildcards).</summary>
    public IReadOnlyList<string> CertificateDnsNames =>
    [
        "localhost",
        ClientService,
        $"{ClientService}.{Namespace}",
        $"{ClientService}.{Namespace}.svc",
        $"{ClientService}.{Namespace}.svc.cluster.local",
        $"*.{PeerService}",
        $"*.{PeerService}.{Namespace}",
        $"*.{PeerService}.{Namespace}.svc",
        $"*.{PeerService}.{Namespace}.svc.cluster.local",
    ];
}
