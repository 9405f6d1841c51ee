using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>Where the provider puts objects: rendered files or a live cluster.</summary>
internal interface IObjectStore
{
    /// <summary>Writes or applies the object and returns it as stored (render: as given; live: as the server returned it).</summary>
    Task<JsonObject> ApplyAsync(JsonObject manifest, ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the object straight from its property form when that renders exactly as <see cref="ApplyAsync"/> would
    /// (render mode, a plain desired-state manifest that is not a Secret); false, having done nothing, otherwise.
    /// When true the object is stored as given.
    /// </summary>
    Task<bool> TryApplyDirectAsync(PropertyValue manifest, ResourceIdentity identity, CancellationToken cancellationToken);

    /// <summary>Reads the stored object, or null when it does not exist.</summary>
    Task<JsonObject?> ReadAsync(JsonObject manifest, ResourceIdentity identity, CancellationToken cancellationToken);

    /// <summary>Removes the object; an object that is already gone is not an error.</summary>
    Task DeleteAsync(ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>
    /// True when the object is stored in the other render layout (the layout was switched), so it must be rewritten even
    /// though the manifest did not change. Looks at file names only.
    /// </summary>
    bool StoredInOtherLayout(ResourceIdentity identity);

    /// <summary>Completes the run (render: writes kustomization.yaml; namespace layout: writes the changed bundles).</summary>
    Task FinishAsync(CancellationToken cancellationToken);

    /// <summary>Makes the acknowledged steps of a run that did not finish durable; returns the objects it could not restore.</summary>
    Task<IReadOnlyList<string>> RecoverAsync(IReadOnlyList<RecoveredObject> resources, CancellationToken cancellationToken);
}
