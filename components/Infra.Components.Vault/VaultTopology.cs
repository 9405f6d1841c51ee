namespace Infra.Components.Vault;

/// <summary>The names, ports and labels one Vault cluster is wired with.</summary>
internal sealed record VaultTopology(string Name, string Namespace, int Replicas, bool Tls)
{
    public const int ApiPort = 8200;
    public const int ClusterPort = 8201;

    public string Scheme => Tls ? "https" : "http";

    public string InternalService => $"{Name}-internal";

    public string TlsSecret => $"{Name}-tls";

    public string ConfigMap => $"{Name}-config";

    public Dictionary<string, string> Labels => PodDefaults.Labels("vault", Name, "server");

    public Dictionary<string, string> Selector
    {
        get
        {
            var selector = PodDefaults.SelectorLabels("vault", Name);
            selector["app.kubernetes.io/component"] = "server";
            return selector;
        }
    }

    public string NodeHost(int ordinal) => $"{Name}-{ordinal}.{InternalService}.{Namespace}.svc.cluster.local";

    public string Endpoint => $"{Scheme}://{Name}.{Namespace}.svc.cluster.local:{ApiPort}";

    public string ActiveEndpoint => $"{Scheme}://{Name}-active.{Namespace}.svc.cluster.local:{ApiPort}";

    public IReadOnlyList<string> CertificateDnsNames =>
    [
        "localhost",
        Name,
        $"{Name}.{Namespace}",
        $"{Name}.{Namespace}.svc",
        $"{Name}.{Namespace}.svc.cluster.local",
        $"{Name}-active.{Namespace}.svc",
        $"{Name}-active.{Namespace}.svc.cluster.local",
        $"{Name}-standby.{Namespace}.svc",
        $"*.{InternalService}",
        $"*.{InternalService}.{Namespace}",
        $"*.{InternalService}.{Namespace}.svc",
        $"*.{InternalService}.{Namespace}.svc.cluster.local",
    ];
}
