using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Diff;

/// <summary>
/// Values the API server fills in when a field is left out. A field absent on one side and equal
/// to its default on the other is not a change. Paths use <c>[]</c> for "any list item".
/// </summary>
internal static class KnownDefaults
{
    private static readonly string[] PodSpecDefaults =
    [
        "restartPolicy=\"Always\"",
        "dnsPolicy=\"ClusterFirst\"",
        "schedulerName=\"default-scheduler\"",
        "terminationGracePeriodSeconds=30",
        "enableServiceLinks=true",
        "containers[].terminationMessagePath=\"/dev/termination-log\"",
        "containers[].terminationMessagePolicy=\"File\"",
        "containers[].ports[].protocol=\"TCP\"",
        "initContainers[].terminationMessagePath=\"/dev/termination-log\"",
        "initContainers[].terminationMessagePolicy=\"File\"",
        "initContainers[].ports[].protocol=\"TCP\"",
    ];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, JsonNode>> ByKind = Build();

    /// <summary>True when <paramref name="value"/> is what the server defaults the field at <paramref name="patternPath"/> to.</summary>
    public static bool IsDefault(string kind, string patternPath, JsonNode value) =>
        ByKind.TryGetValue(kind, out var defaults)
        && defaults.TryGetValue(patternPath, out var expected)
        && JsonNode.DeepEquals(expected, value);

    private static FrozenDictionary<string, FrozenDictionary<string, JsonNode>> Build()
    {
        var table = new Dictionary<string, Dictionary<string, JsonNode>>();
        void Add(string kind, string prefix, IEnumerable<string> entries)
        {
            if (!table.TryGetValue(kind, out var defaults))
            {
                table[kind] = defaults = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            }

            foreach (var entry in entries)
            {
                var equals = entry.IndexOf('=');
                defaults[prefix + entry[..equals]] = JsonNode.Parse(entry[(equals + 1)..])!;
            }
        }

        Add("Pod", "spec.", PodSpecDefaults);
        foreach (var kind in new[] { "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" })
        {
            Add(kind, "spec.template.spec.", PodSpecDefaults.Where(d => kind != "Job" || !d.StartsWith("restartPolicy", StringComparison.Ordinal)));
        }

        Add("CronJob", "spec.jobTemplate.spec.template.spec.", PodSpecDefaults.Where(d => !d.StartsWith("restartPolicy", StringComparison.Ordinal)));
        Add("Deployment", "spec.", [
            "replicas=1", "revisionHistoryLimit=10", "progressDeadlineSeconds=600", "strategy.type=\"RollingUpdate\"",
            "strategy.rollingUpdate.maxSurge=\"25%\"", "strategy.rollingUpdate.maxUnavailable=\"25%\"",
        ]);
        Add("StatefulSet", "spec.", [
            "replicas=1", "revisionHistoryLimit=10", "podManagementPolicy=\"OrderedReady\"", "updateStrategy.type=\"RollingUpdate\"",
            "updateStrategy.rollingUpdate.partition=0", "persistentVolumeClaimRetentionPolicy.whenDeleted=\"Retain\"",
            "persistentVolumeClaimRetentionPolicy.whenScaled=\"Retain\"", "volumeClaimTemplates[].spec.volumeMode=\"Filesystem\"",
        ]);
        Add("DaemonSet", "spec.", [
            "revisionHistoryLimit=10", "updateStrategy.type=\"RollingUpdate\"", "updateStrategy.rollingUpdate.maxUnavailable=1",
            "updateStrategy.rollingUpdate.maxSurge=0",
        ]);
        Add("ReplicaSet", "spec.", ["replicas=1"]);
        Add("Job", "spec.", ["backoffLimit=6", "completions=1", "parallelism=1", "completionMode=\"NonIndexed\"", "suspend=false"]);
        Add("CronJob", "spec.", ["concurrencyPolicy=\"Allow\"", "suspend=false", "successfulJobsHistoryLimit=3", "failedJobsHistoryLimit=1"]);
        Add("Service", "spec.", [
            "type=\"ClusterIP\"", "sessionAffinity=\"None\"", "ports[].protocol=\"TCP\"", "internalTrafficPolicy=\"Cluster\"",
            "ipFamilyPolicy=\"SingleStack\"",
        ]);
        Add("PersistentVolumeClaim", "spec.", ["volumeMode=\"Filesystem\""]);
        Add("Secret", string.Empty, ["type=\"Opaque\""]);
        return table.ToFrozenDictionary(k => k.Key, k => k.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
