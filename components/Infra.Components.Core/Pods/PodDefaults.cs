using k8s.Models;

namespace Infra.Components;

/// <summary>Production defaults shared by the clusters' pods: labels, non-root security, anti-affinity, resources.</summary>
public static class PodDefaults
{
    /// <summary>The recommended labels of one cluster (<c>app.kubernetes.io/name</c>, <c>instance</c>, <c>managed-by</c>).</summary>
    public static Dictionary<string, string> Labels(string app, string instance, string? component = null)
    {
        var labels = SelectorLabels(app, instance);
        labels["app.kubernetes.io/managed-by"] = "infra";
        if (component is not null)
        {
            labels["app.kubernetes.io/component"] = component;
        }
        return labels;
    }

    /// <summary>The labels that select one cluster's pods.</summary>
    public static Dictionary<string, string> SelectorLabels(string app, string instance) => new(StringComparer.Ordinal)
    {
        ["app.kubernetes.io/name"] = app,
        ["app.kubernetes.io/instance"] = instance,
    };

    /// <summary>A pod security context that runs as <paramref name="user"/> (non-root) and owns mounted volumes.</summary>
    public static V1PodSecurityContext PodSecurity(long user) => new()
    {
        RunAsNonRoot = true,
        RunAsUser = user,
        RunAsGroup = user,
        FsGroup = user,
        FsGroupChangePolicy = "OnRootMismatch",
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    /// <summary>A container security context without privilege escalation or capabilities.</summary>
    public static V1SecurityContext ContainerSecurity(bool readOnlyRootFilesystem = true) => new()
    {
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = readOnlyRootFilesystem,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
    };

    /// <summary>
    /// Anti-affinity that spreads members over nodes: required (one member per node) when <paramref name="required"/>,
    /// otherwise preferred so small clusters still schedule.
    /// </summary>
    public static V1Affinity SpreadOverNodes(IDictionary<string, string> selector, bool required)
    {
        var term = new V1PodAffinityTerm
        {
            LabelSelector = new V1LabelSelector { MatchLabels = selector },
            TopologyKey = "kubernetes.io/hostname",
        };
        return new V1Affinity
        {
            PodAntiAffinity = required
                ? new V1PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [term] }
                : new V1PodAntiAffinity
                {
                    PreferredDuringSchedulingIgnoredDuringExecution = [new V1WeightedPodAffinityTerm { Weight = 100, PodAffinityTerm = term }],
                },
        };
    }

    /// <summary>Spreads members over zones where the nodes carry zone labels.</summary>
    public static V1TopologySpreadConstraint SpreadOverZones(IDictionary<string, string> selector) => new()
    {
        MaxSkew = 1,
        TopologyKey = "topology.kubernetes.io/zone",
        WhenUnsatisfiable = "ScheduleAnyway",
        LabelSelector = new V1LabelSelector { MatchLabels = selector },
    };

    /// <summary>Small fixed requests and limits for short maintenance tasks (etcdctl, vault CLI jobs).</summary>
    public static V1ResourceRequirements TaskResources() => Resources(new ComputeArgs { CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "256Mi" });

    /// <summary>Requests and limits from <paramref name="compute"/>.</summary>
    public static V1ResourceRequirements Resources(ComputeArgs compute)
    {
        var limits = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["memory"] = new(compute.MemoryLimit) };
        if (compute.CpuLimit is not null)
        {
            limits["cpu"] = new ResourceQuantity(compute.CpuLimit);
        }
        return new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
            {
                ["cpu"] = new(compute.CpuRequest),
                ["memory"] = new(compute.MemoryRequest),
            },
            Limits = limits,
        };
    }

    /// <summary>A volume claim template named <paramref name="name"/> from <paramref name="storage"/>.</summary>
    public static V1PersistentVolumeClaim VolumeClaim(string name, StorageArgs storage) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteOnce"],
            StorageClassName = storage.StorageClass,
            Resources = new V1VolumeResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["storage"] = new(storage.Size) },
            },
        },
    };

    /// <summary>A PodDisruptionBudget that keeps a quorum (<c>members / 2 + 1</c>) of the selected pods available.</summary>
    public static V1PodDisruptionBudget QuorumBudget(string name, string ns, IDictionary<string, string> labels, IDictionary<string, string> selector, int members) => new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
        Spec = new V1PodDisruptionBudgetSpec
        {
            MinAvailable = members / 2 + 1,
            Selector = new V1LabelSelector { MatchLabels = selector },
        },
    };
}
