using k8s.Models;

namespace Infra.Components.Vault;

/// <summary>The Kubernetes objects of one Vault cluster: RBAC for service registration, Services, StatefulSet, budget.</summary>
internal static class VaultManifests
{
    private const long VaultUser = 100;

    public static V1ObjectMeta Meta(VaultTopology t, string name) => new() { Name = name, NamespaceProperty = t.Namespace, Labels = t.Labels };

    public static V1ServiceAccount ServiceAccount(VaultTopology t) => new() { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = Meta(t, t.Name) };

    /// <summary>Lets each pod label itself active/standby, sealed and initialized (<c>service_registration "kubernetes"</c>).</summary>
    public static V1Role Role(VaultTopology t) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "Role",
        Metadata = Meta(t, $"{t.Name}-discovery"),
        Rules = [new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get", "update", "patch"] }],
    };

    public static V1RoleBinding RoleBinding(VaultTopology t) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "RoleBinding",
        Metadata = Meta(t, $"{t.Name}-discovery"),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = $"{t.Name}-discovery" },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = t.Name, NamespaceProperty = t.Namespace }],
    };

    public static V1ConfigMap ConfigMap(VaultTopology t, string hcl) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = Meta(t, t.ConfigMap),
        Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["vault.hcl"] = hcl },
    };

    /// <summary>A Service over the nodes; <paramref name="active"/> selects the active (true) or standby (false) nodes only.</summary>
    public static V1Service Service(VaultTopology t, string name, bool? active, bool headless = false)
    {
        var selector = t.Selector;
        if (active is { } isActive)
        {
            selector["vault-active"] = isActive ? "true" : "false";
        }
        return new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = Meta(t, name),
            Spec = new V1ServiceSpec
            {
                ClusterIP = headless ? "None" : null,
                PublishNotReadyAddresses = true,
                Selector = selector,
                Ports =
                [
                    new V1ServicePort { Name = t.Tls ? "https" : "http", Port = VaultTopology.ApiPort, TargetPort = VaultTopology.ApiPort },
                    new V1ServicePort { Name = "cluster", Port = VaultTopology.ClusterPort, TargetPort = VaultTopology.ClusterPort },
                ],
            },
        };
    }

    public static V1PodDisruptionBudget Budget(VaultTopology t) =>
        PodDefaults.QuorumBudget(t.Name, t.Namespace, t.Labels, t.Selector, t.Replicas);

    public static V1StatefulSet StatefulSet(VaultTopology t, VaultClusterArgs args, string configHash)
    {
        var env = new List<V1EnvVar>
        {
            FieldEnv("POD_IP", "status.podIP"),
            FieldEnv("POD_NAME", "metadata.name"),
            Env("VAULT_K8S_POD_NAME", "$(POD_NAME)"),
            FieldEnv("VAULT_K8S_NAMESPACE", "metadata.namespace"),
            Env("VAULT_API_ADDR", $"{t.Scheme}://$(POD_IP):{VaultTopology.ApiPort}"),
            Env("VAULT_CLUSTER_ADDR", $"https://$(POD_NAME).{t.InternalService}.{t.Namespace}.svc.cluster.local:{VaultTopology.ClusterPort}"),
            Env("VAULT_RAFT_NODE_ID", "$(POD_NAME)"),
            Env("VAULT_ADDR", $"{t.Scheme}://127.0.0.1:{VaultTopology.ApiPort}"),
            Env("SKIP_SETCAP", "true"),
        };
        if (t.Tls)
        {
            env.Add(Env("VAULT_CACERT", "/vault/tls/ca.crt"));
        }
        if (args.Unseal.Mode == VaultUnsealMode.Transit)
        {
            env.Add(new V1EnvVar
            {
                Name = "VAULT_TOKEN",
                ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = args.Unseal.TransitTokenSecretName, Key = "token" } },
            });
        }
        var mounts = new List<V1VolumeMount>
        {
            new() { Name = "data", MountPath = "/vault/data" },
            new() { Name = "config", MountPath = "/vault/config", ReadOnlyProperty = true },
            new() { Name = "home", MountPath = "/home/vault" },
        };
        var volumes = new List<V1Volume>
        {
            new() { Name = "config", ConfigMap = new V1ConfigMapVolumeSource { Name = t.ConfigMap } },
            new() { Name = "home", EmptyDir = new V1EmptyDirVolumeSource() },
        };
        if (t.Tls)
        {
            mounts.Add(new V1VolumeMount { Name = "tls", MountPath = "/vault/tls", ReadOnlyProperty = true });
            volumes.Add(new V1Volume { Name = "tls", Secret = new V1SecretVolumeSource { SecretName = t.TlsSecret, DefaultMode = 0x100 } });
        }
        var claims = new List<V1PersistentVolumeClaim> { PodDefaults.VolumeClaim("data", args.Storage) };
        if (args.Audit.Enabled)
        {
            mounts.Add(new V1VolumeMount { Name = "audit", MountPath = "/vault/audit" });
            claims.Add(PodDefaults.VolumeClaim("audit", args.Audit.Storage));
        }
        var health = new V1HTTPGetAction
        {
            Path = "/v1/sys/health?standbyok=true&perfstandbyok=true",
            Port = VaultTopology.ApiPort,
            Scheme = t.Tls ? "HTTPS" : "HTTP",
        };
        return new V1StatefulSet
        {
            ApiVersion = "apps/v1",
            Kind = "StatefulSet",
            Metadata = Meta(t, t.Name),
            Spec = new V1StatefulSetSpec
            {
                ServiceName = t.InternalService,
                Replicas = t.Replicas,
                PodManagementPolicy = "Parallel",
                UpdateStrategy = new V1StatefulSetUpdateStrategy { Type = "OnDelete" },
                Selector = new V1LabelSelector { MatchLabels = t.Selector },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta
                    {
                        Labels = t.Labels,
                        Annotations = new Dictionary<string, string>(StringComparer.Ordinal) { ["infra.dev/config-hash"] = configHash },
                    },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = t.Name,
                        SecurityContext = PodDefaults.PodSecurity(VaultUser),
                        Affinity = PodDefaults.SpreadOverNodes(t.Selector, required: args.Production),
                        TopologySpreadConstraints = [PodDefaults.SpreadOverZones(t.Selector)],
                        TerminationGracePeriodSeconds = 10,
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "vault",
                                Image = args.Image,
                                Command = ["vault"],
                                Args = ["server", "-config=/vault/config/vault.hcl"],
                                Env = env,
                                Ports =
                                [
                                    new V1ContainerPort { Name = t.Tls ? "https" : "http", ContainerPort = VaultTopology.ApiPort },
                                    new V1ContainerPort { Name = "cluster", ContainerPort = VaultTopology.ClusterPort },
                                ],
                                Resources = PodDefaults.Resources(args.Compute),
                                SecurityContext = PodDefaults.ContainerSecurity(),
                                VolumeMounts = mounts,
                                ReadinessProbe = new V1Probe { HttpGet = health, PeriodSeconds = 5, FailureThreshold = 2, TimeoutSeconds = 3 },
                                LivenessProbe = new V1Probe
                                {
                                    HttpGet = new V1HTTPGetAction { Path = "/v1/sys/health?standbyok=true&perfstandbyok=true&sealedcode=204&uninitcode=204", Port = VaultTopology.ApiPort, Scheme = health.Scheme },
                                    InitialDelaySeconds = 60,
                                    PeriodSeconds = 10,
                                    TimeoutSeconds = 3,
                                },
                                Lifecycle = new V1Lifecycle { PreStop = new V1LifecycleHandler { Exec = new V1ExecAction { Command = ["/bin/sh", "-c", "sleep 5 && kill -SIGTERM 1"] } } },
                            },
                        ],
                        Volumes = volumes,
                    },
                },
                VolumeClaimTemplates = claims,
            },
        };
    }

    public static V1Job EnableAudit(VaultTopology t, VaultClusterArgs args, string tokenSecret) => new()
    {
        ApiVersion = "batch/v1",
        Kind = "Job",
        Metadata = Meta(t, $"{t.Name}-enable-audit"),
        Spec = new V1JobSpec
        {
            BackoffLimit = 20,
            TtlSecondsAfterFinished = 3600,
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = PodDefaults.Labels("vault", t.Name, "audit-setup") },
                Spec = new V1PodSpec
                {
                    RestartPolicy = "OnFailure",
                    SecurityContext = PodDefaults.PodSecurity(VaultUser),
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "enable-audit",
                            Image = args.Image,
                            Command = ["/bin/sh", "-c", "vault audit list -format=json | grep -q '\"file/\"' || vault audit enable file file_path=/vault/audit/audit.log"],
                            Env =
                            [
                                Env("VAULT_ADDR", t.ActiveEndpoint),
                                .. t.Tls ? new[] { Env("VAULT_CACERT", "/vault/tls/ca.crt") } : [],
                                new V1EnvVar { Name = "VAULT_TOKEN", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = tokenSecret, Key = "token" } } },
                            ],
                            VolumeMounts = t.Tls ? [new V1VolumeMount { Name = "tls", MountPath = "/vault/tls", ReadOnlyProperty = true }] : [],
                            SecurityContext = PodDefaults.ContainerSecurity(),
                        },
                    ],
                    Volumes = t.Tls ? [new V1Volume { Name = "tls", Secret = new V1SecretVolumeSource { SecretName = t.TlsSecret, Items = [new V1KeyToPath { Key = "ca.crt", Path = "ca.crt" }] } }] : [],
                },
            },
        },
    };

    private static V1EnvVar Env(string name, string value) => new() { Name = name, Value = value };

    private static V1EnvVar FieldEnv(string name, string path) =>
        new() { Name = name, ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = path } } };
}
