using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;
using k8s;
using k8s.Exceptions;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>
/// Live mode: server-side apply (field manager <c>infra</c>), read, delete and readiness waits
/// against a Kubernetes API server. API failures come back as <see cref="KubernetesApiError"/> values.
/// </summary>
public sealed class KubernetesLiveClient : IDisposable
{
    private readonly KubernetesHttp http;
    private readonly ResourcePathResolver resolver;
    private readonly LiveClientOptions options;
    private readonly string defaultNamespace;

    private KubernetesLiveClient(KubernetesHttp http, LiveClientOptions options, string? contextNamespace)
    {
        this.http = http;
        this.options = options;
        resolver = new ResourcePathResolver(http);
        defaultNamespace = string.IsNullOrEmpty(contextNamespace) ? options.DefaultNamespace : contextNamespace;
    }

    /// <summary>Connects using a kubeconfig file (null: <c>$KUBECONFIG</c> or <c>~/.kube/config</c>) and context (null: current context).</summary>
    /// <returns>The client, or an error naming the kubeconfig problem (missing file, unknown context, bad credentials).</returns>
    public static KubernetesResult<KubernetesLiveClient> FromKubeconfig(string? kubeconfigPath, string? context, LiveClientOptions? options = null)
    {
        var operation = $"load kubeconfig {kubeconfigPath ?? "(default)"}{(context is null ? string.Empty : $" context {context}")}";
        try
        {
            var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfigPath, context);
            config.HttpClientTimeout = (options ?? new LiveClientOptions()).RequestTimeout;
            var kubernetes = new k8s.Kubernetes(config);
            Func<HttpRequestMessage, CancellationToken, Task> authorize = (request, ct) =>
                kubernetes.Credentials?.ProcessHttpRequestAsync(request, ct) ?? Task.CompletedTask;
            var transport = new KubernetesHttp(kubernetes.HttpClient, kubernetes.BaseUri, authorize, kubernetes);
            return KubernetesResult<KubernetesLiveClient>.Ok(new KubernetesLiveClient(transport, options ?? new LiveClientOptions(), config.Namespace));
        }
        catch (Exception e) when (e is KubeConfigException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return KubernetesResult<KubernetesLiveClient>.Fail(new KubernetesApiError(operation, 0, "InvalidKubeconfig", e.Message, []));
        }
    }

    /// <summary>Connects to a plain-HTTP API server URL without credentials (a local proxy such as <c>kubectl proxy</c>, or a test server).</summary>
    public static KubernetesLiveClient ForBaseUrl(Uri baseUrl, LiveClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        options ??= new LiveClientOptions();
        var transport = new KubernetesHttp(new HttpClient { Timeout = options.RequestTimeout }, baseUrl, (_, _) => Task.CompletedTask, owner: null);
        return new KubernetesLiveClient(transport, options, null);
    }

    /// <summary>Server-side apply of <paramref name="manifest"/>; returns the object as the server stored it.</summary>
    /// <param name="manifest">Desired state; status and server metadata are stripped before sending.</param>
    /// <param name="force">Take ownership of fields another field manager owns instead of failing with a conflict.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<KubernetesResult<JsonObject>> ApplyAsync(JsonObject manifest, bool force, CancellationToken cancellationToken) =>
        ApplyAsync(manifest, force, dryRun: false, cancellationToken);

    /// <summary>Server-side apply, optionally as a server dry run (nothing persisted; the result shows defaults and admission changes).</summary>
    public async Task<KubernetesResult<JsonObject>> ApplyAsync(JsonObject manifest, bool force, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!ResourceIdentity.TryFromManifest(manifest, out var identity, out var invalid))
        {
            return KubernetesResult<JsonObject>.Fail(new KubernetesApiError("apply", 0, "InvalidManifest", invalid.ToString(), []));
        }

        var operation = $"apply {identity}";
        var path = await ResolveAsync(identity, operation, cancellationToken).ConfigureAwait(false);
        if (!path.Succeeded)
        {
            return KubernetesResult<JsonObject>.Fail(path.Error);
        }

        var query = $"?fieldManager={Uri.EscapeDataString(options.FieldManager)}&force={(force ? "true" : "false")}{(dryRun ? "&dryRun=All" : string.Empty)}";
        var desired = ManifestNormalizer.Normalize(manifest);
        if (!path.Value!.Namespaced && desired["metadata"] is JsonObject metadata)
        {
            // The server rejects a namespace on cluster-scoped objects; it is meaningless there.
            metadata.Remove("namespace");
        }

        var body = new StringContent(desired.ToJsonString(), Encoding.UTF8);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/apply-patch+yaml");
        var (status, response) = await http.SendAsync(HttpMethod.Patch, ObjectPath(path.Value!, identity) + query, body, cancellationToken)
            .ConfigureAwait(false);
        return ToObjectResult(operation, status, response);
    }

    /// <summary>Reads the live object; the value is null when it does not exist.</summary>
    public async Task<KubernetesResult<JsonObject>> ReadAsync(ResourceIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var operation = $"read {identity}";
        var path = await ResolveAsync(identity, operation, cancellationToken).ConfigureAwait(false);
        if (!path.Succeeded)
        {
            return KubernetesResult<JsonObject>.Fail(path.Error);
        }

        var (status, response) = await http.SendAsync(HttpMethod.Get, ObjectPath(path.Value!, identity), null, cancellationToken).ConfigureAwait(false);
        return status == HttpStatusCode.NotFound ? KubernetesResult<JsonObject>.Ok(null) : ToObjectResult(operation, status, response);
    }

    /// <summary>Deletes an object with the given propagation policy. The value is false when it was already gone.</summary>
    public async Task<KubernetesResult<bool>> DeleteAsync(ResourceIdentity identity, DeletePropagation propagation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var operation = $"delete {identity}";
        var path = await ResolveAsync(identity, operation, cancellationToken).ConfigureAwait(false);
        if (!path.Succeeded)
        {
            return KubernetesResult<bool>.Fail(path.Error);
        }

        var deleteOptions = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "DeleteOptions",
            ["propagationPolicy"] = propagation.ToString(),
        };
        var body = new StringContent(deleteOptions.ToJsonString(), Encoding.UTF8, "application/json");
        var (status, response) = await http.SendAsync(HttpMethod.Delete, ObjectPath(path.Value!, identity), body, cancellationToken).ConfigureAwait(false);
        return status switch
        {
            HttpStatusCode.OK or HttpStatusCode.Accepted => KubernetesResult<bool>.Ok(true),
            HttpStatusCode.NotFound => KubernetesResult<bool>.Ok(false),
            _ => KubernetesResult<bool>.Fail(StatusParser.Parse(operation, status, response)),
        };
    }

    /// <summary>
    /// Polls until the object is ready (Deployment available, StatefulSet rolled out, Job complete,
    /// CRD established, ...), reporting each new progress message. Fails on timeout or when the
    /// object reaches a failed state; the error says what it was waiting for.
    /// </summary>
    public async Task<KubernetesResult<JsonObject>> WaitForReadyAsync(
        JsonObject manifest, TimeSpan timeout, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!ResourceIdentity.TryFromManifest(manifest, out var identity, out var invalid))
        {
            return KubernetesResult<JsonObject>.Fail(new KubernetesApiError("wait", 0, "InvalidManifest", invalid.ToString(), []));
        }

        static ReadinessState Evaluate(JsonObject? live) => live is null
            ? new ReadinessState(ReadinessStatus.Pending, "object does not exist yet")
            : ReadinessEvaluator.Evaluate(live);
        return await PollAsync(identity, $"wait for {identity} to become ready", "not ready", Evaluate, timeout, progress, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Polls until the object no longer exists (after a foreground delete), or the timeout passes.</summary>
    public async Task<KubernetesResult<bool>> WaitForDeletionAsync(
        ResourceIdentity identity, TimeSpan timeout, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        static ReadinessState Evaluate(JsonObject? live) => live is null
            ? new ReadinessState(ReadinessStatus.Ready, "deleted")
            : new ReadinessState(ReadinessStatus.Pending, "waiting for deletion (finalizers and dependents)");
        var result = await PollAsync(identity, $"wait for {identity} to be deleted", "still present", Evaluate, timeout, progress, cancellationToken)
            .ConfigureAwait(false);
        return result.Succeeded ? KubernetesResult<bool>.Ok(true) : KubernetesResult<bool>.Fail(result.Error);
    }

    /// <summary>
    /// Replaces an object whose immutable fields changed: deletes the old one (foreground), waits
    /// until it is gone, then applies the new manifest.
    /// </summary>
    public async Task<KubernetesResult<JsonObject>> ReplaceAsync(
        ResourceIdentity old, JsonObject manifest, TimeSpan timeout, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var deleted = await DeleteAsync(old, DeletePropagation.Foreground, cancellationToken).ConfigureAwait(false);
        if (!deleted.Succeeded)
        {
            return KubernetesResult<JsonObject>.Fail(deleted.Error);
        }

        var gone = await WaitForDeletionAsync(old, timeout, progress, cancellationToken).ConfigureAwait(false);
        return gone.Succeeded
            ? await ApplyAsync(manifest, force: false, cancellationToken).ConfigureAwait(false)
            : KubernetesResult<JsonObject>.Fail(gone.Error);
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    // Reads the object every poll interval until evaluate says Ready or Failed, or time runs out;
    // reports each new state message.
    private async Task<KubernetesResult<JsonObject>> PollAsync(
        ResourceIdentity identity,
        string operation,
        string timeoutText,
        Func<JsonObject?, ReadinessState> evaluate,
        TimeSpan timeout,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var deadline = options.Time.GetUtcNow() + timeout;
        string? lastMessage = null;
        while (true)
        {
            var read = await ReadAsync(identity, cancellationToken).ConfigureAwait(false);
            if (!read.Succeeded)
            {
                return KubernetesResult<JsonObject>.Fail(read.Error with { Operation = operation });
            }

            var state = evaluate(read.Value);
            if (state.Message != lastMessage)
            {
                progress?.Report($"{identity}: {state.Message}");
                lastMessage = state.Message;
            }

            switch (state.Status)
            {
                case ReadinessStatus.Ready:
                    return KubernetesResult<JsonObject>.Ok(read.Value);
                case ReadinessStatus.Failed:
                    return KubernetesResult<JsonObject>.Fail(new KubernetesApiError(operation, 0, "Failed", state.Message, []));
            }

            if (options.Time.GetUtcNow() + options.PollInterval > deadline)
            {
                return KubernetesResult<JsonObject>.Fail(new KubernetesApiError(operation, 0, "Timeout", $"{timeoutText} after {timeout}: {state.Message}", []));
            }

            await Task.Delay(options.PollInterval, options.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<KubernetesResult<ResourcePath>> ResolveAsync(ResourceIdentity identity, string operation, CancellationToken cancellationToken)
    {
        var path = await resolver.ResolveAsync(identity, cancellationToken).ConfigureAwait(false);
        return path.Succeeded ? path : KubernetesResult<ResourcePath>.Fail(path.Error with { Operation = operation });
    }

    private string ObjectPath(ResourcePath path, ResourceIdentity identity) =>
        path.ForObject(path.Namespaced ? identity.Namespace ?? defaultNamespace : null, identity.Name);

    private static KubernetesResult<JsonObject> ToObjectResult(string operation, HttpStatusCode status, string response)
    {
        if (status is HttpStatusCode.OK or HttpStatusCode.Created)
        {
            try
            {
                if (JsonNode.Parse(response) is JsonObject result)
                {
                    return KubernetesResult<JsonObject>.Ok(result);
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Reported below as an unreadable response.
            }

            return KubernetesResult<JsonObject>.Fail(new KubernetesApiError(operation, (int)status, "InvalidResponse", "the server's response is not a JSON object", []));
        }

        return KubernetesResult<JsonObject>.Fail(StatusParser.Parse(operation, status, response));
    }
}
