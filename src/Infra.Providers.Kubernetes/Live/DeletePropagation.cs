namespace Infra.Providers.Kubernetes.Live;

/// <summary>How the garbage collector treats an object's dependents on delete (DeleteOptions.propagationPolicy).</summary>
public enum DeletePropagation
{
    /// <summary>Dependents are deleted first; the object disappears last.</summary>
    Foreground,

    /// <summary>The object is deleted at once; dependents are removed in the background.</summary>
    Background,

    /// <summary>Dependents are left behind (their owner references are removed).</summary>
    Orphan,
}
