using Infra.Components.Ci.Workloads;
using Infra.Kubernetes;
using k8s;
using k8s.Models;

namespace Infra.Components.Ci.Controllers;

/// <summary>Helpers that build the KubernetesClient models of controller installs and register them.</summary>
internal static class KubernetesObjects
{
    internal static Resource Register(IKubernetesObject model, string name, ResourceOptions options) => model switch
    {
        V1Namespace m => new KubernetesResource<V1Namespace>(name, m, options),
        V1ServiceAccount m => new KubernetesResource<V1ServiceAccount>(name, m, options),
        V1ClusterRole m => new KubernetesResource<V1ClusterRole>(name, m, options),
        V1ClusterRoleBinding m => new KubernetesResource<V1ClusterRoleBinding>(name, m, options),
        V1Role m => new KubernetesResource<V1Role>(name, m, options),
        V1RoleBinding m => new KubernetesResource<V1RoleBinding>(name, m, options),
        V1ConfigMap m => new KubernetesResource<V1ConfigMap>(name, m, options),
        V1Deployment m => new KubernetesResource<V1Deployment>(name, m, options),
        V1Service m => new KubernetesResource<V1Service>(name, m, options),
        _ => throw new ArgumentException($"{model.GetType().Name} is not a controller object kind", nameof(model)),
    };

    internal static string LogicalName(IKubernetesObject<V1ObjectMeta> model) => $"{model.Kind.ToLowerInvariant()}-{model.Metadata.Name}";

    internal static V1ObjectMeta Meta(string name, string? ns, IReadOnlyDictionary<string, string> labels) =>
        new() { Name = name, NamespaceProperty = ns, Labels = labels.ToDictionary(p => p.Key, p => p.Value) };

    internal static V1Namespace Namespace(string name, IReadOnlyDictionary<string, string> labels)
    {
        var all = labels.ToDictionary(p => p.Key, p => p.Value);
        // Pod Security Admission: the controllers themselves satisfy "restricted".
        all["pod-security.kubernetes.io/enforce"] = "restricted";
        return new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = name, Labels = all } };
    }

    internal static V1ServiceAccount ServiceAccount(string name, string ns, IReadOnlyDictionary<string, string> labels) =>
        new() { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = Meta(name, ns, labels) };

    internal static V1ConfigMap ConfigMap(string name, string ns, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> data) =>
        new() { ApiVersion = "v1", Kind = "ConfigMap", Metadata = Meta(name, ns, labels), Data = data.ToDictionary(p => p.Key, p => p.Value) };

    internal static V1ClusterRole ClusterRole(string name, IReadOnlyDictionary<string, string> labels, IEnumerable<V1PolicyRule> rules) =>
        new() { ApiVersion = "rbac.authorization.k8s.io/v1", Kind = "ClusterRole", Metadata = Meta(name, null, labels), Rules = rules.ToList() };

    internal static V1ClusterRoleBinding ClusterRoleBinding(string name, string role, string serviceAccount, string ns, IReadOnlyDictionary<string, string> labels) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "ClusterRoleBinding",
        Metadata = Meta(name, null, labels),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = role },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = serviceAccount, NamespaceProperty = ns }],
    };

    internal static V1PolicyRule Rule(string apiGroup, IEnumerable<string> resources, IEnumerable<string> verbs) =>
        new() { ApiGroups = [apiGroup], Resources = resources.ToList(), Verbs = verbs.ToList() };

    internal static readonly string[] ReadOnly = ["get", "list", "watch"];
    internal static readonly string[] ReadWrite = ["get", "list", "watch", "create", "update", "patch", "delete"];

    internal static V1ResourceRequirements Resources(ContainerResources resources) => new()
    {
        Requests = resources.Requests?.ToDictionary(p => p.Key, p => new ResourceQuantity(p.Value)),
        Limits = resources.Limits?.ToDictionary(p => p.Key, p => new ResourceQuantity(p.Value)),
    };

    /// <summary>The restricted-profile container security context every controller runs with.</summary>
    internal static V1SecurityContext RestrictedContainer() => new()
    {
        RunAsNonRoot = true,
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    internal static V1Deployment ControllerDeployment(string name, string ns, IReadOnlyDictionary<string, string> labels, string serviceAccount, ControllerSizing sizing, V1Container container)
    {
        var selector = new Dictionary<string, string> { ["app.kubernetes.io/name"] = name };
        var podLabels = labels.Concat(selector).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        container.Resources = Resources(sizing.Resources);
        container.SecurityContext = RestrictedContainer();
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = Meta(name, ns, podLabels),
            Spec = new V1DeploymentSpec
            {
                Replicas = sizing.Replicas,
                Selector = new V1LabelSelector { MatchLabels = selector },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = podLabels },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = serviceAccount,
                        SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, RunAsUser = 65532, RunAsGroup = 65532, FsGroup = 65532, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                        Containers = [container],
                    },
                },
            },
        };
    }

    internal static V1EnvVar Env(string name, string value) => new() { Name = name, Value = value };

    internal static V1EnvVar FieldEnv(string name, string fieldPath) =>
        new() { Name = name, ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = fieldPath } } };
}
