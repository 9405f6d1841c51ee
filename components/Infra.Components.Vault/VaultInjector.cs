using k8s.Models;

namespace Infra.Components.Vault;

/// <summary>
/// The Vault Agent injector (vault-k8s): a Deployment serving a mutating webhook that adds Vault Agent to pods annotated
/// <c>vault.hashicorp.com/agent-inject: "true"</c>. It generates its own webhook certificate (<c>AGENT_INJECT_TLS_AUTO</c>).
/// </summary>
internal static class VaultInjector
{
    private const int WebhookPort = 8080;

    public static string Name(VaultTopology t) => $"{t.Name}-agent-injector";

    private static Dictionary<string, string> Labels(VaultTopology t) => PodDefaults.Labels("vault", t.Name, "injector");

    private static Dictionary<string, string> Selector(VaultTopology t)
    {
        var selector = PodDefaults.SelectorLabels("vault", t.Name);
        selector["app.kubernetes.io/component"] = "injector";
        return selector;
    }

    private static V1ObjectMeta Meta(VaultTopology t, bool namespaced = true) =>
        new() { Name = Name(t), NamespaceProperty = namespaced ? t.Namespace : null, Labels = Labels(t) };

    public static V1ServiceAccount ServiceAccount(VaultTopology t) => new() { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = Meta(t) };

    public static V1ClusterRole ClusterRole(VaultTopology t) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "ClusterRole",
        Metadata = Meta(t, namespaced: false),
        Rules = [new V1PolicyRule { ApiGroups = ["admissionregistration.k8s.io"], Resources = ["mutatingwebhookconfigurations"], Verbs = ["get", "list", "watch", "patch"] }],
    };

    public static V1ClusterRoleBinding ClusterRoleBinding(VaultTopology t) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "ClusterRoleBinding",
        Metadata = Meta(t, namespaced: false),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = Name(t) },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = Name(t), NamespaceProperty = t.Namespace }],
    };

    public static V1Service Service(VaultTopology t) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Meta(t),
        Spec = new V1ServiceSpec { Selector = Selector(t), Ports = [new V1ServicePort { Name = "https", Port = 443, TargetPort = WebhookPort }] },
    };

    public static V1Deployment Deployment(VaultTopology t, VaultClusterArgs args) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = Meta(t),
        Spec = new V1DeploymentSpec
        {
            Replicas = args.Production ? 2 : 1,
            Selector = new V1LabelSelector { MatchLabels = Selector(t) },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = Labels(t) },
                Spec = new V1PodSpec
                {
                    ServiceAccountName = Name(t),
                    SecurityContext = PodDefaults.PodSecurity(100),
                    Affinity = PodDefaults.SpreadOverNodes(Selector(t), required: false),
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "injector",
                            Image = args.InjectorImage,
                            Args = ["agent-inject"],
                            Env =
                            [
                                Env("AGENT_INJECT_LISTEN", $":{WebhookPort}"),
                                Env("AGENT_INJECT_VAULT_ADDR", t.Endpoint),
                                Env("AGENT_INJECT_VAULT_AUTH_PATH", "auth/kubernetes"),
                                Env("AGENT_INJECT_VAULT_IMAGE", args.Image),
                                Env("AGENT_INJECT_TLS_AUTO", Name(t)),
                                Env("AGENT_INJECT_TLS_AUTO_HOSTS", $"{Name(t)},{Name(t)}.{t.Namespace},{Name(t)}.{t.Namespace}.svc"),
                                Env("AGENT_INJECT_LOG_FORMAT", "json"),
                                Env("AGENT_INJECT_SET_SECURITY_CONTEXT", "true"),
                            ],
                            Ports = [new V1ContainerPort { Name = "webhook", ContainerPort = WebhookPort }],
                            Resources = PodDefaults.Resources(new ComputeArgs { CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "256Mi" }),
                            SecurityContext = PodDefaults.ContainerSecurity(),
                            ReadinessProbe = Probe("/health/ready"),
                            LivenessProbe = Probe("/health/ready"),
                        },
                    ],
                },
            },
        },
    };

    public static V1MutatingWebhookConfiguration Webhook(VaultTopology t) => new()
    {
        ApiVersion = "admissionregistration.k8s.io/v1",
        Kind = "MutatingWebhookConfiguration",
        Metadata = Meta(t, namespaced: false),
        Webhooks =
        [
            new V1MutatingWebhook
            {
                Name = "vault.hashicorp.com",
                AdmissionReviewVersions = ["v1", "v1beta1"],
                SideEffects = "None",
                FailurePolicy = "Ignore",
                MatchPolicy = "Exact",
                TimeoutSeconds = 30,
                ClientConfig = new Admissionregistrationv1WebhookClientConfig
                {
                    Service = new Admissionregistrationv1ServiceReference { Name = Name(t), NamespaceProperty = t.Namespace, Path = "/mutate" },
                },
                Rules = [new V1RuleWithOperations { ApiGroups = [""], ApiVersions = ["v1"], Operations = ["CREATE"], Resources = ["pods"] }],
                ObjectSelector = new V1LabelSelector
                {
                    MatchExpressions = [new V1LabelSelectorRequirement { Key = "app.kubernetes.io/component", OperatorProperty = "NotIn", Values = ["injector"] }],
                },
            },
        ],
    };

    private static V1EnvVar Env(string name, string value) => new() { Name = name, Value = value };

    private static V1Probe Probe(string path) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = WebhookPort, Scheme = "HTTPS" },
        PeriodSeconds = 5,
        FailureThreshold = 2,
    };
}
