using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>
/// Maps apiVersion + kind to a REST path: built-in kinds from a table, everything else (custom
/// resources) through API discovery (<c>GET /apis/&lt;group&gt;/&lt;version&gt;</c>), cached per client.
/// </summary>
internal sealed class ResourcePathResolver(KubernetesHttp http)
{
    private readonly ConcurrentDictionary<string, ResourcePath> discovered = new(StringComparer.Ordinal);

    /// <summary>Resolves the path of a kind, or explains why it cannot.</summary>
    public async Task<KubernetesResult<ResourcePath>> ResolveAsync(ResourceIdentity identity, CancellationToken cancellationToken)
    {
        var prefix = identity.Group.Length == 0 ? $"api/{identity.Version}" : $"apis/{identity.Group}/{identity.Version}";
        if (BuiltInKinds.TryGet(identity.Group, identity.Kind, out var known))
        {
            return KubernetesResult<ResourcePath>.Ok(new ResourcePath(prefix, known.Plural, known.Namespaced));
        }

        var cacheKey = $"{identity.ApiVersion}/{identity.Kind}";
        if (discovered.TryGetValue(cacheKey, out var cached))
        {
            return KubernetesResult<ResourcePath>.Ok(cached);
        }

        var operation = $"discover {identity.ApiVersion} {identity.Kind}";
        var (status, body) = await http.SendAsync(HttpMethod.Get, prefix, null, cancellationToken).ConfigureAwait(false);
        if (status == HttpStatusCode.NotFound)
        {
            return KubernetesResult<ResourcePath>.Fail(new KubernetesApiError(
                operation, 404, "NotFound", $"the server does not serve API group/version {identity.ApiVersion} (is the CRD installed?)", []));
        }

        if (status != HttpStatusCode.OK)
        {
            return KubernetesResult<ResourcePath>.Fail(StatusParser.Parse(operation, status, body));
        }

        ResourcePath? path = null;
        try
        {
            var resources = (JsonNode.Parse(body) as JsonObject)?["resources"] as JsonArray ?? [];
            foreach (var resource in resources.OfType<JsonObject>())
            {
                var name = resource["name"]?.GetValue<string>() ?? string.Empty;
                if (!name.Contains('/') && resource["kind"]?.GetValue<string>() == identity.Kind)
                {
                    path = new ResourcePath(prefix, name, resource["namespaced"]?.GetValue<bool>() ?? false);
                    break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return KubernetesResult<ResourcePath>.Fail(new KubernetesApiError(operation, (int)status, "InvalidDiscovery", $"unreadable APIResourceList: {e.Message}", []));
        }

        if (path is null)
        {
            return KubernetesResult<ResourcePath>.Fail(new KubernetesApiError(
                operation, 404, "NotFound", $"API group/version {identity.ApiVersion} has no kind {identity.Kind}", []));
        }

        discovered[cacheKey] = path;
        return KubernetesResult<ResourcePath>.Ok(path);
    }
}
