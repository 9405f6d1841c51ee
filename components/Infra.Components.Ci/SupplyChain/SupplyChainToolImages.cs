namespace Infra.Components.Ci.SupplyChain;

/// <summary>The tool images, each pinned by digest (<c>repo[:tag]@sha256:…</c>); unpinned images are rejected.</summary>
public sealed record SupplyChainToolImages
{
    /// <summary>An image with git and a POSIX shell (clone, GitOps update).</summary>
    public required string Git { get; init; }

    /// <summary>Kaniko's executor, debug variant (it has a shell).</summary>
    public string? Kaniko { get; init; }

    /// <summary>BuildKit, rootless.</summary>
    public string? BuildKit { get; init; }

    /// <summary>Trivy.</summary>
    public required string Trivy { get; init; }

    /// <summary>Syft (SBOM).</summary>
    public required string Syft { get; init; }

    /// <summary>Cosign, with a shell.</summary>
    public required string Cosign { get; init; }

    /// <summary>The Argo CD CLI, for <see cref="ArgoCdSync"/>.</summary>
    public string? ArgoCdCli { get; init; }
}
