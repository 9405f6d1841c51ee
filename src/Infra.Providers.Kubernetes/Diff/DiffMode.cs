namespace Infra.Providers.Kubernetes.Diff;

/// <summary>What the old side of a comparison is.</summary>
public enum DiffMode
{
    /// <summary>The previously applied desired manifest: every field on either side counts.</summary>
    Desired,

    /// <summary>
    /// The live object read from the API server: fields only the server set (defaults, status,
    /// managedFields, clusterIP, ...) are ignored; only fields the new manifest sets are compared.
    /// </summary>
    Live,
}
