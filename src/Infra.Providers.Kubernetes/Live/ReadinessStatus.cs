namespace Infra.Providers.Kubernetes.Live;

/// <summary>Whether a live object has finished rolling out.</summary>
public enum ReadinessStatus
{
    /// <summary>Still progressing.</summary>
    Pending,

    /// <summary>Done (available, rolled out, complete or established).</summary>
    Ready,

    /// <summary>Will not become ready without a change (e.g. a failed Job, an exceeded progress deadline).</summary>
    Failed,
}
