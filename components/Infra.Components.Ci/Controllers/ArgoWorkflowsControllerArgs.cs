namespace Infra.Components.Ci.Controllers;

/// <summary>Arguments of <see cref="ArgoWorkflowsController"/>.</summary>
public sealed record ArgoWorkflowsControllerArgs
{
    /// <summary>The environment (<c>dev</c>, <c>staging</c>, <c>prod</c>): labels and default sizing.</summary>
    public required string Environment { get; init; }

    /// <summary>The namespace the controller runs in.</summary>
    public string Namespace { get; init; } = "argo";

    /// <summary>The workflow-controller image, pinned by digest.</summary>
    public required string ControllerImage { get; init; }

    /// <summary>The argoexec image, pinned by digest.</summary>
    public required string ExecutorImage { get; init; }

    /// <summary>Replicas and resources; default: <see cref="ControllerSizing.For"/> the environment.</summary>
    public ControllerSizing? Sizing { get; init; }

    /// <summary>The default artifact repository; null for none.</summary>
    public S3ArtifactRepository? ArtifactRepository { get; init; }

    /// <summary>Most workflows running at once (0: unlimited).</summary>
    public int Parallelism { get; init; }

    /// <summary>Restrict the controller to its own namespace (namespaced install, Role instead of ClusterRole).</summary>
    public bool NamespacedInstall { get; init; }
}
