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
        var group = !BuiltInKinds.TryGet(identity.Group, identity.Kind, out _) && identity.Group.Length > 0 ? identity.Group : null;
        var rank = ApplyOrder.Rank(identity);
        var state = (identity, group, rank);
        var stemLength = RankLength(rank) + 1 + identity.Kind.Length + (group is null ? 0 : 1 + group.Length) + 1
            + (identity.Namespace is null ? 0 : identity.Namespace.Length + 1) + identity.Name.Length;
        if (stemLength > MaxStemLength)
        {
            return Fit(string.Create(stemLength, state, static (stem, s) => WriteStem(stem, s.identity, s.group, s.rank)));
        }

        // The common case: the name written in place, one string per object instead of one per part.
        return string.Create(stemLength + Extension.Length, state, static (name, s) =>
            Extension.AsSpan().CopyTo(name[WriteStem(name, s.identity, s.group, s.rank)..]));
    }

    private const string Extension = ".yaml";

    // The rank as two digits (D2), then the lowercased kind and group, the namespace and the name, sanitized.
    private static int WriteStem(Span<char> stem, ResourceIdentity identity, string? group, int rank)
    {
        rank.TryFormat(stem, out var at, "D2", System.Globalization.CultureInfo.InvariantCulture);
        stem[at++] = '-';
        at += identity.Kind.AsSpan().ToLowerInvariant(stem[at..]);
        if (group is not null)
        {
            stem[at++] = '.';
            at += group.AsSpan().ToLowerInvariant(stem[at..]);
        }
        stem[at++] = '_';
        if (identity.Namespace is not null)
        {
            at += CopySanitized(identity.Namespace, stem[at..]);
            stem[at++] = '_';
        }
        return at + CopySanitized(identity.Name, stem[at..]);
    }

    private static int RankLength(int rank) => rank is >= 0 and < 100 ? 2 : rank.ToString("D2", System.Globalization.CultureInfo.InvariantCulture).Length;

    private static int CopySanitized(string part, Span<char> destination)
    {
        var target = destination[..part.Length];
        part.AsSpan().CopyTo(target);
        target.Replace(':', '~');
        target.Replace('/', '~');
        target.Replace('\\', '~');
        return part.Length;
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
    public static string Sanitize(string part) => string.Create(part.Length, part, static (text, p) => CopySanitized(p, text));

    [GeneratedRegex(@"^[0-9]{2}-[^/\\]+\.yaml$")]
    private static partial Regex ManifestFilePattern();
}
