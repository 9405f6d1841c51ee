using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Diff;

/// <summary>
/// Fields the API server refuses to change in place, by kind. A change to one of them means the
/// object has to be replaced (deleted and created again).
/// </summary>
internal static class ImmutableFields
{
    private static readonly string[] Always = ["metadata.name", "metadata.namespace", "kind"];

    private static readonly Dictionary<string, string[]> ByKind = new(StringComparer.Ordinal)
    {
        ["StatefulSet"] = ["spec.selector", "spec.volumeClaimTemplates", "spec.serviceName", "spec.podManagementPolicy"],
        ["Deployment"] = ["spec.selector"],
        ["ReplicaSet"] = ["spec.selector"],
        ["DaemonSet"] = ["spec.selector"],
        ["Job"] = ["spec.template", "spec.selector", "spec.completionMode"],
        ["RoleBinding"] = ["roleRef"],
        ["ClusterRoleBinding"] = ["roleRef"],
        ["StorageClass"] = ["provisioner", "parameters", "reclaimPolicy", "volumeBindingMode"],
        ["PersistentVolumeClaim"] = ["spec"],
        ["Pod"] = ["spec"],
    };

    // Parts of an otherwise immutable prefix that can be changed in place.
    private static readonly Dictionary<string, string[]> MutableExceptions = new(StringComparer.Ordinal)
    {
        ["PersistentVolumeClaim"] = ["spec.resources", "spec.volumeAttributesClassName"],
        ["Pod"] = ["spec.containers[].image", "spec.initContainers[].image", "spec.activeDeadlineSeconds", "spec.tolerations"],
    };

    /// <summary>
    /// Returns the changed paths that force replacement of an object of this kind.
    /// </summary>
    /// <param name="kind">Kind of the new manifest.</param>
    /// <param name="old">The old manifest (for <c>immutable: true</c> Secrets and ConfigMaps).</param>
    /// <param name="new">The new manifest (a Service's clusterIP only forces replacement when the new one sets it).</param>
    /// <param name="changed">Changed paths with their wildcard pattern form.</param>
    public static IReadOnlyList<string> RequiringReplacement(
        string kind, JsonObject old, JsonObject @new, IEnumerable<(string Path, string Pattern)> changed)
    {
        var prefixes = new List<string>(Always);
        if (ByKind.TryGetValue(kind, out var kindPrefixes))
        {
            prefixes.AddRange(kindPrefixes);
        }

        if (kind == "Service")
        {
            prefixes.AddRange(new[] { "clusterIP", "clusterIPs" }.Where(f => @new["spec"]?[f] is not null).Select(f => "spec." + f));
        }

        if (kind is "Secret" or "ConfigMap" && JsonRead.IsTrue(old["immutable"]))
        {
            prefixes.AddRange(["data", "stringData", "binaryData", "immutable"]);
        }

        var exceptions = MutableExceptions.GetValueOrDefault(kind) ?? [];
        var result = new List<string>();
        foreach (var (path, pattern) in changed)
        {
            if (prefixes.Any(p => IsUnder(pattern, p)) && !exceptions.Any(e => IsUnder(pattern, e)))
            {
                result.Add(path);
            }
        }

        if (ApiGroup(old) != ApiGroup(@new))
        {
            result.Add("apiVersion");
        }

        return result;
    }

    private static bool IsUnder(string pattern, string prefix) =>
        pattern.StartsWith(prefix, StringComparison.Ordinal)
        && (pattern.Length == prefix.Length || pattern[prefix.Length] is '.' or '[');

    private static string ApiGroup(JsonObject manifest) => JsonRead.GroupOf(JsonRead.Text(manifest["apiVersion"]) ?? string.Empty);
}
