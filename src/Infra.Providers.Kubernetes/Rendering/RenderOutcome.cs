namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>What a render operation did on disk.</summary>
public enum RenderOutcome
{
    /// <summary>A new file was written.</summary>
    Created,

    /// <summary>An existing file was rewritten because its content changed.</summary>
    Updated,

    /// <summary>The file already had exactly this content; nothing was written.</summary>
    Unchanged,

    /// <summary>The object's file was removed.</summary>
    Deleted,

    /// <summary>There was no file for the object.</summary>
    NotFound,

    /// <summary>The object was refused; see <see cref="RenderResult.Error"/>.</summary>
    Failed,
}
