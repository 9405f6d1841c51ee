using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Live;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Tests.Live;

public sealed class KubernetesLiveClientReadDeleteTests
{
    private static readonly ResourceIdentity Web = new("apps/v1", "Deployment", "prod", "web");

    [Fact]
    public async Task ReadAsync_Existing_ReturnsLiveObject()
    {
        var live = ApiResponses.Stored(TestManifests.Deployment().ToJsonString(), """{"replicas":3}""");
        using var server = new FakeApiServer(_ => (200, live));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl);

        var result = await client.ReadAsync(Web, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Value!["status"]!["replicas"]!.GetValue<int>());
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET /apis/apps/v1/namespaces/prod/deployments/web", $"{request.Method} {request.PathAndQuery}");
    }

    [Fact]
    public async Task ReadAsync_Missing_ReturnsNullWithoutError()
    {
        using var server = new FakeApiServer(_ => (404, ApiResponses.DeploymentNotFound));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl);

        var result = await client.ReadAsync(Web, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(result.Value);
    }

    public static TheoryData<DeletePropagation, string> Propagations => new()
    {
        { DeletePropagation.Foreground, "Foreground" },
        { DeletePropagation.Background, "Background" },
        { DeletePropagation.Orphan, "Orphan" },
    };

    [Theory]
    [MemberData(nameof(Propagations))]
    public async Task DeleteAsync_Propagation_SendsDeleteOptions(DeletePropagation propagation, string expected)
    {
        using var server = new FakeApiServer(_ => (200, ApiResponses.DeleteSuccess));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl);

        var result = await client.DeleteAsync(Web, propagation, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(result.Value);
        var request = Assert.Single(server.Requests);
        Assert.Equal("DELETE /apis/apps/v1/namespaces/prod/deployments/web", $"{request.Method} {request.PathAndQuery}");
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("DeleteOptions", body["kind"]!.GetValue<string>());
        Assert.Equal(expected, body["propagationPolicy"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteAsync_AlreadyGone_SucceedsWithFalse()
    {
        using var server = new FakeApiServer(_ => (404, ApiResponses.DeploymentNotFound));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl);

        var result = await client.DeleteAsync(Web, DeletePropagation.Background, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.Value);
    }

    [Fact]
    public async Task DeleteAsync_Forbidden_ReturnsError()
    {
        using var server = new FakeApiServer(_ => (403, ApiResponses.Forbidden));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl);

        var result = await client.DeleteAsync(Web, DeletePropagation.Background, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.StartsWith("delete apps/v1 Deployment prod/web failed: 403 Forbidden", result.Error.Describe());
    }

    [Fact]
    public async Task ReplaceAsync_OldObjectStuckOnFinalizer_TimesOutWithoutApplying()
    {
        using var server = new FakeApiServer(r => r.Method == "DELETE"
            ? (200, ApiResponses.DeleteSuccess)
            : (200, ApiResponses.Stored(TestManifests.Deployment().ToJsonString(), "{}")));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, new LiveClientOptions { PollInterval = TimeSpan.FromMilliseconds(10) });
        var progress = new RecordingProgress();

        var result = await client.ReplaceAsync(Web, TestManifests.Deployment(), TimeSpan.FromMilliseconds(100), progress, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "wait for apps/v1 Deployment prod/web to be deleted failed: Timeout: still present after 00:00:00.1000000: waiting for deletion (finalizers and dependents)",
            result.Error.Describe());
        Assert.DoesNotContain(server.Requests, r => r.Method == "PATCH");
        Assert.Equal(["apps/v1 Deployment prod/web: waiting for deletion (finalizers and dependents)"], progress.Messages);
    }

    [Fact]
    public async Task ReplaceAsync_ImmutableChange_DeletesWaitsThenApplies()
    {
        var deleted = false;
        using var server = new FakeApiServer(r => (r.Method, deleted) switch
        {
            ("DELETE", _) => Deleted(ref deleted),
            ("GET", false) => (200, ApiResponses.Stored(TestManifests.Deployment().ToJsonString(), "{}")),
            ("GET", true) => (404, ApiResponses.DeploymentNotFound),
            _ => (200, ApiResponses.Stored(r.Body, "{}")),
        });
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, new LiveClientOptions { PollInterval = TimeSpan.FromMilliseconds(10) });

        var result = await client.ReplaceAsync(Web, TestManifests.Deployment(), TimeSpan.FromSeconds(5), null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Equal(["DELETE", "GET", "PATCH"], server.Requests.Select(r => r.Method));
        Assert.Equal("Foreground", JsonNode.Parse(server.Requests.First().Body)!["propagationPolicy"]!.GetValue<string>());

        static (int, string) Deleted(ref bool flag)
        {
            flag = true;
            return (200, ApiResponses.DeleteSuccess);
        }
    }
}
