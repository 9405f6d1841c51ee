namespace Infra.Components.Ci.Controllers;

/// <summary>The images of a Tekton Pipelines release, each pinned by digest (copy them from the release's <c>release.yaml</c>).</summary>
public sealed record TektonImages
{
    /// <summary>The controller.</summary>
    public required string Controller { get; init; }

    /// <summary>The entrypoint binary injected into steps.</summary>
    public required string Entrypoint { get; init; }

    /// <summary>The nop image (stops sidecars).</summary>
    public required string Nop { get; init; }

    /// <summary>The sidecar that reports results from logs.</summary>
    public required string SidecarLogResults { get; init; }

    /// <summary>The init container preparing working directories.</summary>
    public required string WorkingDirInit { get; init; }

    /// <summary>A shell image for script steps' preparation.</summary>
    public required string Shell { get; init; }
}
