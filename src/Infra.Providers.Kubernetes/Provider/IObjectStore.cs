using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>Where the provider puts objects: rendered files or a live cluster.</summary>
internal interface IObjectStore
{
    /// <summary>Writes or applies the object and returns it as stored (render: as given; live: as the server returned it).</summary>
    Task<JsonObject> ApplyAsync(JsonObject manifest, ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>Reads the stored object, or null when it does not exist.</summary>
    Task<JsonObject?> ReadAsync(JsonObject manifest, ResourceIdentity identity, CancellationToken cancellationToken);

    /// <summary>Removes the object; an object that is already gone is not an error.</summary>
    Task DeleteAsync(ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>Completes the run (render: writes kustomization.yaml).</summary>
    Task FinishAsync(CancellationToken cancellationToken);
}
