using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Configuration;
using Infra.Providers.Kubernetes.Live;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// Live mode: server-side apply with the configured field manager, then a readiness wait whose progress goes to the
/// run's log; deletes wait until the object is gone. The client connects on first use and is shared by all steps.
/// </summary>
internal sealed class LiveObjectStore(KubernetesProviderConfig config, IProgress<string> log) : IObjectStore, IDisposable
{
    private readonly Lazy<KubernetesResult<KubernetesLiveClient>> client = new(
        () => KubernetesLiveClient.FromKubeconfig(config.KubeconfigPath, config.Context, config.Live), LazyThreadSafetyMode.ExecutionAndPublication);

    public async Task<JsonObject> ApplyAsync(JsonObject manifest, ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var live = Client();
        var applied = Require(await live.ApplyAsync(manifest, config.ForceConflicts, cancellationToken).ConfigureAwait(false));
        var ready = Require(await live.WaitForReadyAsync(applied ?? manifest, timeout ?? config.WaitTimeout, log, cancellationToken).ConfigureAwait(false));
        return ready ?? applied ?? manifest;
    }

    // The API server returns the object as stored, which the caller needs as JSON: always the JSON path.
    public Task<bool> TryApplyDirectAsync(PropertyValue manifest, ResourceIdentity identity, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public async Task<JsonObject?> ReadAsync(JsonObject manifest, ResourceIdentity identity, CancellationToken cancellationToken) =>
        Require(await Client().ReadAsync(identity, cancellationToken).ConfigureAwait(false));

    public async Task DeleteAsync(ResourceIdentity identity, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var live = Client();
        var existed = Require(await live.DeleteAsync(identity, DeletePropagation.Foreground, cancellationToken).ConfigureAwait(false));
        if (existed)
        {
            Require(await live.WaitForDeletionAsync(identity, timeout ?? config.WaitTimeout, log, cancellationToken).ConfigureAwait(false));
        }
    }

    public bool StoredInOtherLayout(ResourceIdentity identity) => false;

    public Task FinishAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Every apply and delete has reached the API server before its step is acknowledged: nothing to recover.
    public Task<IReadOnlyList<string>> RecoverAsync(IReadOnlyList<RecoveredObject> resources, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public void Dispose()
    {
        if (client.IsValueCreated && client.Value.Succeeded)
        {
            client.Value.Value?.Dispose();
        }
    }

    private KubernetesLiveClient Client()
    {
        var result = client.Value;
        return result.Succeeded && result.Value is not null ? result.Value : throw new ProviderException(result.Error?.Describe() ?? "no Kubernetes client");
    }

    private static T? Require<T>(KubernetesResult<T> result) =>
        result.Succeeded ? result.Value : throw new ProviderException(result.Error.Describe());
}
