namespace Infra.Providers.Kubernetes.Rendering.Bundles;

/// <summary>
/// File names of the <see cref="RenderLayout.Namespace"/> layout: <c>cluster.yaml</c> for objects without a namespace
/// (cluster-scoped kinds, and namespaced objects left to the default namespace) and <c>namespace-&lt;ns&gt;.yaml</c> per
/// namespace. Neither starts with the two digits of a per-object file, so both layouts can be told apart in one folder.
/// </summary>
internal static class BundleNaming
{
    /// <summary>The bundle of objects without a namespace; listed first in the kustomization.</summary>
    public const string Cluster = "cluster.yaml";

    private const string NamespacePrefix = "namespace-";

    /// <summary>The bundle file of a namespace (null: no namespace).</summary>
    public static string For(string? ns) => ns is null ? Cluster : FileNaming.Fit(NamespacePrefix + FileNaming.Sanitize(ns));

    /// <summary>True for bundle files (and not for per-object files or the kustomization).</summary>
    public static bool IsBundleFile(string fileName) =>
        fileName == Cluster
        || (fileName.StartsWith(NamespacePrefix, StringComparison.Ordinal) && fileName.EndsWith(".yaml", StringComparison.Ordinal)
            && fileName.Length > NamespacePrefix.Length + ".yaml".Length);

    /// <summary>Kustomization order: <c>cluster.yaml</c> first (namespaces, CRDs, cluster roles), then namespaces by name.</summary>
    public static IEnumerable<string> InKustomizationOrder(IEnumerable<string> bundleFiles) =>
        bundleFiles.OrderBy(f => f == Cluster ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal);
}
