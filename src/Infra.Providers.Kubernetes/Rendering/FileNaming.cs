using System.Security.Cryptography;
using System.Text;
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
        return Fit($"{rank}-{kind}_{scope}{Sanitize(identity.Name)}");
    }

    /// <summary>
    /// The namespace part of an object's file name (already sanitized), or null for an object without one. False when
    /// the name does not tell: not an object file, or one shortened inside its namespace part.
    /// </summary>
    public static bool TryNamespaceOf(string fileName, out string? ns)
    {
        ns = null;
        if (!IsManifestFile(fileName))
        {
            return false;
        }

        var parts = fileName[..^".yaml".Length].Split('_');
        var shortened = parts.Length < 3 && fileName.Length == MaxStemLength + ".yaml".Length;
        ns = parts.Length == 3 ? parts[1] : null;
        return parts.Length is 2 or 3 && !shortened;
    }

    /// <summary>The file name for <paramref name="stem"/>: as is when short enough, else shortened with a hash of the whole.</summary>
    public static string Fit(string stem) => stem.Length <= MaxStemLength ? stem + ".yaml" : Shortened(stem) + ".yaml";

    /// <summary>True for files this renderer owns (and lists in the kustomization).</summary>
    public static bool IsManifestFile(string fileName) => ManifestFilePattern().IsMatch(fileName);

    // File systems limit a name to 255 bytes; a 253-character object name plus namespace and
    // kind can exceed that, so long stems keep a readable prefix and gain a hash of the whole.
    private const int MaxStemLength = 200;

    private static string Shortened(string stem)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stem)))[..16];
        return $"{stem[..(MaxStemLength - 17)]}-{hash}";
    }

    // Most names are DNS subdomains; RBAC names may hold ':' (e.g. system:reader), which Windows
    // forbids in file names. '~' cannot occur in a Kubernetes name, so the mapping stays unique.
    /// <summary>Maps characters that file systems forbid to '~'.</summary>
    public static string Sanitize(string part) => part.Replace(':', '~').Replace('/', '~').Replace('\\', '~');

    [GeneratedRegex(@"^[0-9]{2}-[^/\\]+\.yaml$")]
    private static partial Regex ManifestFilePattern();
}
