using System.Text.RegularExpressions;

namespace Infra.Components.Ci.Workloads;

/// <summary>A container image pinned by digest (<c>registry/repo@sha256:&lt;64 hex&gt;</c>), optionally keeping its tag for readers.</summary>
public sealed partial record ImageReference
{
    private ImageReference(string repository, string? tag, string digest)
    {
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>The repository, e.g. <c>gcr.io/kaniko-project/executor</c>.</summary>
    public string Repository { get; }

    /// <summary>The tag it was resolved from, if given.</summary>
    public string? Tag { get; }

    /// <summary>The digest, <c>sha256:…</c>.</summary>
    public string Digest { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ConfigException"/> naming <paramref name="field"/> when it is not pinned by a sha256 digest.</summary>
    /// <param name="text">The image reference.</param>
    /// <param name="field">Where the value came from, for the message (e.g. <c>tektonController.images.controller</c>).</param>
    public static ImageReference Parse(string text, string field)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            throw new ConfigException($"{field}: image '{text}' must be pinned by digest (repository[:tag]@sha256:<64 hex digits>).");
        }
        return new ImageReference(match.Groups["repo"].Value, match.Groups["tag"].Success ? match.Groups["tag"].Value : null, match.Groups["digest"].Value);
    }

    /// <summary>The reference as written in a pod spec.</summary>
    public override string ToString() => Tag is null ? $"{Repository}@{Digest}" : $"{Repository}:{Tag}@{Digest}";

    [GeneratedRegex(@"^(?<repo>[a-z0-9]+(?:[._\-/:][a-z0-9]+)*?)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}))?@(?<digest>sha256:[a-f0-9]{64})$")]
    private static partial Regex Pattern();
}
