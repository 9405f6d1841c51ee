using System.Text.RegularExpressions;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// File names <c>&lt;rank&gt;-&lt;kind&gt;[.&lt;group&gt;]_[&lt;namespace&gt;_]&lt;name&gt;.yaml</c>. The rank
/// depends only on the kind, so adding an object never renames another; '_' cannot occur in
/// Kubernetes names, so different objects never share a file.
/// </summary>
internal static partial class FileNaming
{
    /// <summary>Name of the kustomization file in the output directory.</summary>
    public const string Kustomization = "kustomization.yaml";

    /// <summary>File name for an object.</summary>
    public static string For(ResourceIdentity identity)
    {
        var kind = identity.Kind.ToLowerInvariant();
        if (!BuiltInKinds.TryGet(identity.Group, identity.Kind, out _) && identity.Group.Length > 0)
        {
            kind = $"{kind}.{identity.Group.ToLowerInvariant()}";
        }

        var rank = ApplyOrder.Rank(identity).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var scope = identity.Namespace is null ? string.Empty : Sanitize(identity.Namespace) + "_";
        return $"{rank}-{kind}_{scope}{Sanitize(identity.Name)}.yaml";
    }

    /// <summary>True for files this renderer owns (and lists in the kustomization).</summary>
    public static bool IsManifestFile(string fileName) => ManifestFilePattern().IsMatch(fileName);

    // Names are DNS subdomains already; this only guards against path separators in bad input.
    private static string Sanitize(string part) => part.Replace('/', '%').Replace('\\', '%');

    [GeneratedRegex(@"^[0-9]{2}-[^/\\]+\.yaml$")]
    private static partial Regex ManifestFilePattern();
}
