using k8s.Models;

namespace Infra.Components.Consul;

/// <summary>The server StatefulSet, the client DaemonSet and their ConfigMaps.</summary>
internal static class ConsulWorkloads
{
    private const long ConsulUser = 100;

    public static V1ConfigMap ConfigMap(ConsulTopology t, string name, string component, string json) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = t.Namespace, Labels = t.Labels(component) },
        Data = new Dictionary<string, string>(StringComparer.Ordinal) { [$"{component}.json"] = json },
    };

    public static V1StatefulSet Servers(ConsulTopology t, ConsulClusterArgs args, string configHash)
    {
        var mounts = new List<V1VolumeMount>
        {
            new() { Name = "data", MountPath = "/consul/data" },
            new() { Name = "config", MountPath = "/consul/config", ReadOnlyProperty = true },
            new() { Name = "acl", MountPath = "/consul/acl", ReadOnlyProperty = true },
            new() { Name = "tmp", MountPath = "/tmp" },
        };
        var volumes = new List<V1Volume>
        {
            new() { Name = "config", ConfigMap = new V1ConfigMapVolumeSource { Name = t.ServerConfigMap } },
            SecretVolume("acl", t.AclSecret),
            new() { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() },
        };
        if (t.Tls)
        {
            mounts.Add(new V1VolumeMount { Name = "tls", MountPath = "/consul/tls", ReadOnlyProperty = true });
            volumes.Add(SecretVolume("tls", t.ServerTlsSecret));
        }
        var container = new V1Container
        {
            Name = "consul",
            Image = args.Image,
            Command = ["consul"],
            Args =
            [
                "agent",
                "-config-dir=/consul/config",
                "-config-file=/consul/acl/acl.json",
                "-encrypt=$(CONSUL_GOSSIP_KEY)",
                "-advertise=$(POD_IP)",
                "-node=$(POD_NAME)",
            ],
            Env = AgentEnv(t),
            Ports = [.. new[] { ("server", ConsulTopology.ServerRpcPort), ("serflan", ConsulTopology.SerfLanPort), ("serfwan", ConsulTopology.SerfWanPort), (t.Tls ? "https" : "http", t.ApiPort), ("grpc", ConsulTopology.GrpcPort), ("dns", ConsulTopology.DnsPort) }
                .Select(p => new V1ContainerPort { Name = p.Item1, ContainerPort = p.Item2 })],
            Resources = PodDefaults.Resources(args.Compute),
            SecurityContext = PodDefaults.ContainerSecurity(),
            VolumeMounts = mounts,
            ReadinessProbe = new V1Probe
            {
                HttpGet = new V1HTTPGetAction { Path = "/v1/status/leader", Port = t.ApiPort, Scheme = t.Tls ? "HTTPS" : "HTTP" },
                PeriodSeconds = 5,
                FailureThreshold = 3,
                TimeoutSeconds = 5,
            },
            LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = ConsulTopology.SerfLanPort }, PeriodSeconds = 10, FailureThreshold = 6 },
            StartupProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = ConsulTopology.SerfLanPort }, PeriodSeconds = 5, FailureThreshold = 60 },
        };
        var selector = t.Selector("server");
        return new V1StatefulSet
        {
            ApiVersion = "apps/v1",
            Kind = "StatefulSet",
            Metadata = new V1ObjectMeta { Name = $"{t.Name}-server", NamespaceProperty = t.Namespace, Labels = t.Labels("server") },
            Spec = new V1StatefulSetSpec
            {
                ServiceName = t.ServerService,
                Replicas = t.Servers,
                PodManagementPolicy = "Parallel",
                Selector = new V1LabelSelector { MatchLabels = selector },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta
                    {
                        Labels = t.Labels("server"),
                        Annotations = new Dictionary<string, string>(StringComparer.Ordinal) { ["infra.dev/config-hash"] = configHash },
                    },
                    Spec = new V1PodSpec
                    {
                        SecurityContext = PodDefaults.PodSecurity(ConsulUser),
                        Affinity = PodDefaults.SpreadOverNodes(selector, required: args.Production),
                        TopologySpreadConstraints = [PodDefaults.SpreadOverZones(selector)],
                        TerminationGracePeriodSeconds = 30,
                        Containers = [container],
                        Volumes = volumes,
                    },
                },
                VolumeClaimTemplates = [PodDefaults.VolumeClaim("data", args.Storage)],
            },
        };
    }

    public static V1DaemonSet Clients(ConsulTopology t, ConsulClusterArgs args, string configHash)
    {
        var mounts = new List<V1VolumeMount>
        {
            new() { Name = "data", MountPath = "/consul/data" },
            new() { Name = "config", MountPath = "/consul/config", ReadOnlyProperty = true },
        };
        var volumes = new List<V1Volume>
        {
            new() { Name = "data", EmptyDir = new V1EmptyDirVolumeSource() },
            new() { Name = "config", ConfigMap = new V1ConfigMapVolumeSource { Name = t.ClientConfigMap } },
        };
        if (t.Tls)
        {
            // Clients only need the CA: auto-encrypt hands them their certificate.
            mounts.Add(new V1VolumeMount { Name = "tls", MountPath = "/consul/tls", ReadOnlyProperty = true });
            volumes.Add(new V1Volume
            {
                Name = "tls",
                Secret = new V1SecretVolumeSource { SecretName = t.ServerTlsSecret, Items = [new V1KeyToPath { Key = "ca.crt", Path = "ca.crt" }] },
            });
        }
        var selector = t.Selector("client");
        return new V1DaemonSet
        {
            ApiVersion = "apps/v1",
            Kind = "DaemonSet",
            Metadata = new V1ObjectMeta { Name = $"{t.Name}-client", NamespaceProperty = t.Namespace, Labels = t.Labels("client") },
            Spec = new V1DaemonSetSpec
            {
                Selector = new V1LabelSelector { MatchLabels = selector },
                UpdateStrategy = new V1DaemonSetUpdateStrategy { Type = "RollingUpdate" },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta
                    {
                        Labels = t.Labels("client"),
                        Annotations = new Dictionary<string, string>(StringComparer.Ordinal) { ["infra.dev/config-hash"] = configHash },
                    },
                    Spec = new V1PodSpec
                    {
                        SecurityContext = PodDefaults.PodSecurity(ConsulUser),
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "consul",
                                Image = args.Image,
                                Command = ["consul"],
                                Args = ["agent", "-config-dir=/consul/config", "-encrypt=$(CONSUL_GOSSIP_KEY)", "-advertise=$(POD_IP)", "-node=$(NODE_NAME)"],
                                Env = [.. AgentEnv(t), new V1EnvVar { Name = "NODE_NAME", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "spec.nodeName" } } }],
                                Ports = [new V1ContainerPort { Name = "serflan", ContainerPort = ConsulTopology.SerfLanPort }, new V1ContainerPort { Name = "api", ContainerPort = t.ApiPort }],
                                Resources = PodDefaults.Resources(new ComputeArgs { CpuRequest = "100m", MemoryRequest = "128Mi", MemoryLimit = "256Mi" }),
                                SecurityContext = PodDefaults.ContainerSecurity(),
                                VolumeMounts = mounts,
                                ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = ConsulTopology.SerfLanPort }, PeriodSeconds = 10 },
                            },
                        ],
                        Volumes = volumes,
                    },
                },
            },
        };
    }

    private static List<V1EnvVar> AgentEnv(ConsulTopology t) =>
    [
        new() { Name = "POD_IP", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "status.podIP" } } },
        new() { Name = "POD_NAME", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } },
        new() { Name = "CONSUL_GOSSIP_KEY", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = t.GossipSecret, Key = "key" } } },
    ];

    private static V1Volume SecretVolume(string name, string secret) =>
        new() { Name = name, Secret = new V1SecretVolumeSource { SecretName = secret, DefaultMode = 0x100 } };
}
