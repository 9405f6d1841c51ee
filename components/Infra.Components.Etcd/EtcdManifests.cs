using k8s.Models;

namespace Infra.Components.Etcd;

/// <summary>The Kubernetes objects of one etcd cluster, built from its topology and arguments.</summary>
internal static class EtcdManifests
{
    private const long EtcdUser = 1000;

    public static V1Service PeerService(EtcdTopology t) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Meta(t, t.PeerService),
        Spec = new V1ServiceSpec
        {
            ClusterIP = "None",
            PublishNotReadyAddresses = true,
            Selector = t.Selector,
            Ports =
            [
                new V1ServicePort { Name = "peer", Port = EtcdTopology.PeerPort, TargetPort = EtcdTopology.PeerPort },
                new V1ServicePort { Name = "client", Port = EtcdTopology.ClientPort, TargetPort = EtcdTopology.ClientPort },
            ],
        },
    };

    public static V1Service ClientService(EtcdTopology t) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Meta(t, t.ClientService),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = t.Selector,
            Ports =
            [
                new V1ServicePort { Name = "client", Port = EtcdTopology.ClientPort, TargetPort = EtcdTopology.ClientPort },
                new V1ServicePort { Name = "metrics", Port = EtcdTopology.MetricsPort, TargetPort = EtcdTopology.MetricsPort },
            ],
        },
    };

    public static V1PodDisruptionBudget Budget(EtcdTopology t) =>
        PodDefaults.QuorumBudget(t.Name, t.Namespace, t.Labels, t.Selector, t.Members);

    public static V1StatefulSet StatefulSet(EtcdTopology t, EtcdClusterArgs args) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "StatefulSet",
        Metadata = Meta(t, t.Name),
        Spec = new V1StatefulSetSpec
        {
            ServiceName = t.PeerService,
            Replicas = t.Members,
            PodManagementPolicy = "Parallel",
            Selector = new V1LabelSelector { MatchLabels = t.Selector },
            UpdateStrategy = new V1StatefulSetUpdateStrategy { Type = "RollingUpdate" },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = t.Labels },
                Spec = new V1PodSpec
                {
                    SecurityContext = PodDefaults.PodSecurity(EtcdUser),
                    Affinity = PodDefaults.SpreadOverNodes(t.Selector, required: args.Production),
                    TopologySpreadConstraints = [PodDefaults.SpreadOverZones(t.Selector)],
                    TerminationGracePeriodSeconds = 30,
                    EnableServiceLinks = false,
                    Containers = [Container(t, args)],
                    Volumes = Volumes(t, args),
                },
            },
            VolumeClaimTemplates = [PodDefaults.VolumeClaim("data", args.Storage)],
        },
    };

    private static V1Container Container(EtcdTopology t, EtcdClusterArgs args)
    {
        var env = new List<V1EnvVar>
        {
            new() { Name = "ETCD_NAME", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } },
            Env("ETCD_DATA_DIR", "/var/lib/etcd/data"),
            Env("ETCD_INITIAL_CLUSTER", t.InitialCluster),
            Env("ETCD_INITIAL_CLUSTER_STATE", "new"),
            Env("ETCD_INITIAL_CLUSTER_TOKEN", $"{t.Name}-{t.Namespace}"),
            Env("ETCD_LISTEN_PEER_URLS", $"{t.Scheme}://0.0.0.0:{EtcdTopology.PeerPort}"),
            Env("ETCD_LISTEN_CLIENT_URLS", $"{t.Scheme}://0.0.0.0:{EtcdTopology.ClientPort}"),
            Env("ETCD_LISTEN_METRICS_URLS", $"http://0.0.0.0:{EtcdTopology.MetricsPort}"),
            Env("ETCD_INITIAL_ADVERTISE_PEER_URLS", $"{t.Scheme}://$(ETCD_NAME).{t.PeerService}.{t.Namespace}.svc.cluster.local:{EtcdTopology.PeerPort}"),
            Env("ETCD_ADVERTISE_CLIENT_URLS", $"{t.Scheme}://$(ETCD_NAME).{t.PeerService}.{t.Namespace}.svc.cluster.local:{EtcdTopology.ClientPort}"),
            Env("ETCD_QUOTA_BACKEND_BYTES", args.QuotaBackendBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Env("ETCD_AUTO_COMPACTION_MODE", "periodic"),
            Env("ETCD_AUTO_COMPACTION_RETENTION", "1h"),
            Env("ETCD_SNAPSHOT_COUNT", "10000"),
        };
        var mounts = new List<V1VolumeMount> { new() { Name = "data", MountPath = "/var/lib/etcd" } };
        if (t.Tls)
        {
            env.AddRange(
            [
                Env("ETCD_PEER_CLIENT_CERT_AUTH", "true"),
                Env("ETCD_PEER_TRUSTED_CA_FILE", "/etc/etcd/peer/ca.crt"),
                Env("ETCD_PEER_CERT_FILE", "/etc/etcd/peer/tls.crt"),
                Env("ETCD_PEER_KEY_FILE", "/etc/etcd/peer/tls.key"),
                Env("ETCD_CLIENT_CERT_AUTH", "true"),
                Env("ETCD_TRUSTED_CA_FILE", "/etc/etcd/client/ca.crt"),
                Env("ETCD_CERT_FILE", "/etc/etcd/client/tls.crt"),
                Env("ETCD_KEY_FILE", "/etc/etcd/client/tls.key"),
                Env("ETCD_CIPHER_SUITES", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
            ]);
            mounts.Add(new V1VolumeMount { Name = "peer-tls", MountPath = "/etc/etcd/peer", ReadOnlyProperty = true });
            mounts.Add(new V1VolumeMount { Name = "client-tls", MountPath = "/etc/etcd/client", ReadOnlyProperty = true });
        }
        return new V1Container
        {
            Name = "etcd",
            Image = args.Image,
            ImagePullPolicy = "IfNotPresent",
            Command = ["etcd"],
            Env = env,
            Ports =
            [
                new V1ContainerPort { Name = "client", ContainerPort = EtcdTopology.ClientPort },
                new V1ContainerPort { Name = "peer", ContainerPort = EtcdTopology.PeerPort },
                new V1ContainerPort { Name = "metrics", ContainerPort = EtcdTopology.MetricsPort },
            ],
            Resources = PodDefaults.Resources(args.Compute),
            SecurityContext = PodDefaults.ContainerSecurity(),
            VolumeMounts = mounts,
            StartupProbe = Probe("/readyz", periodSeconds: 5, failureThreshold: 60),
            ReadinessProbe = Probe("/readyz", periodSeconds: 5, failureThreshold: 3),
            LivenessProbe = Probe("/livez", periodSeconds: 10, failureThreshold: 5),
        };
    }

    private static List<V1Volume> Volumes(EtcdTopology t, EtcdClusterArgs args)
    {
        var volumes = new List<V1Volume>();
        if (t.Tls)
        {
            volumes.Add(SecretVolume("peer-tls", t.PeerTlsSecret));
            volumes.Add(SecretVolume("client-tls", t.ClientTlsSecret));
        }
        return volumes;
    }

    internal static V1Volume SecretVolume(string name, string secret) =>
        new() { Name = name, Secret = new V1SecretVolumeSource { SecretName = secret, DefaultMode = 0x100 /* 0400 */ } };

    internal static V1EnvVar Env(string name, string value) => new() { Name = name, Value = value };

    internal static V1ObjectMeta Meta(EtcdTopology t, string name) =>
        new() { Name = name, NamespaceProperty = t.Namespace, Labels = t.Labels };

    private static V1Probe Probe(string path, int periodSeconds, int failureThreshold) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = EtcdTopology.MetricsPort, Scheme = "HTTP" },
        PeriodSeconds = periodSeconds,
        TimeoutSeconds = 5,
        FailureThreshold = failureThreshold,
    };
}
