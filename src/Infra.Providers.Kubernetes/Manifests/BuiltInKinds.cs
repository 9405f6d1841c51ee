using System.Collections.Frozen;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>
/// Built-in kinds with their plural resource name, scope and apply rank. Ranks leave gaps so a
/// kind can be slotted in later without renumbering; the rank is part of rendered file names.
/// </summary>
internal static class BuiltInKinds
{
    /// <summary>Rank of kinds that are not known here (custom resources): applied after everything built in.</summary>
    public const int CustomResourceRank = 70;

    private static readonly FrozenDictionary<(string Group, string Kind), KnownKind> ByGroupAndKind = new KnownKind[]
    {
        new(string.Empty, "Namespace", "namespaces", false, 0),
        new("apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions", false, 1),
        new("scheduling.k8s.io", "PriorityClass", "priorityclasses", false, 3),
        new("networking.k8s.io", "NetworkPolicy", "networkpolicies", true, 5),
        new(string.Empty, "ResourceQuota", "resourcequotas", true, 6),
        new(string.Empty, "LimitRange", "limitranges", true, 7),
        new("policy", "PodDisruptionBudget", "poddisruptionbudgets", true, 8),
        new(string.Empty, "ServiceAccount", "serviceaccounts", true, 10),
        new(string.Empty, "Secret", "secrets", true, 13),
        new(string.Empty, "ConfigMap", "configmaps", true, 14),
        new("storage.k8s.io", "StorageClass", "storageclasses", false, 16),
        new(string.Empty, "PersistentVolume", "persistentvolumes", false, 17),
        new(string.Empty, "PersistentVolumeClaim", "persistentvolumeclaims", true, 18),
        new("rbac.authorization.k8s.io", "ClusterRole", "clusterroles", false, 20),
        new("rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", false, 21),
        new("rbac.authorization.k8s.io", "Role", "roles", true, 22),
        new("rbac.authorization.k8s.io", "RoleBinding", "rolebindings", true, 23),
        new(string.Empty, "Service", "services", true, 30),
        new(string.Empty, "Endpoints", "endpoints", true, 31),
        new("apps", "DaemonSet", "daemonsets", true, 40),
        new(string.Empty, "Pod", "pods", true, 41),
        new(string.Empty, "ReplicationController", "replicationcontrollers", true, 42),
        new("apps", "ReplicaSet", "replicasets", true, 43),
        new("apps", "Deployment", "deployments", true, 44),
        new("autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, 45),
        new("apps", "StatefulSet", "statefulsets", true, 46),
        new("batch", "Job", "jobs", true, 47),
        new("batch", "CronJob", "cronjobs", true, 48),
        new("networking.k8s.io", "IngressClass", "ingressclasses", false, 50),
        new("networking.k8s.io", "Ingress", "ingresses", true, 51),
        new("apiregistration.k8s.io", "APIService", "apiservices", false, 60),
        new("admissionregistration.k8s.io", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false, 61),
        new("admissionregistration.k8s.io", "ValidatingWebhookConfiguration", "validatingwebhookconfigurations", false, 62),
    }.ToFrozenDictionary(k => (k.Group, k.Kind));

    // Custom kinds whose place in the order matters: secret stores before the secrets they feed.
    private static readonly FrozenDictionary<(string Group, string Kind), int> CustomRanks = new Dictionary<(string, string), int>
    {
        [("external-secrets.io", "ClusterSecretStore")] = 11,
        [("external-secrets.io", "SecretStore")] = 12,
        [("external-secrets.io", "ExternalSecret")] = 13,
    }.ToFrozenDictionary();

    /// <summary>Looks up a built-in kind by API group (empty for core) and kind.</summary>
    public static bool TryGet(string group, string kind, out KnownKind known) =>
        ByGroupAndKind.TryGetValue((group, kind), out known!);

    /// <summary>Apply rank for a kind; unknown kinds get <see cref="CustomResourceRank"/>.</summary>
    public static int RankOf(string group, string kind) =>
        ByGroupAndKind.TryGetValue((group, kind), out var known) ? known.Rank
        : CustomRanks.TryGetValue((group, kind), out var rank) ? rank
        : CustomResourceRank;
}
