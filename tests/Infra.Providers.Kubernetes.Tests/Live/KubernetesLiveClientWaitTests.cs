using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Live;

namespace Infra.Providers.Kubernetes.Tests.Live;

public sealed class KubernetesLiveClientWaitTests
{
    private static readonly LiveClientOptions FastPolling = new() { PollInterval = TimeSpan.FromMilliseconds(10) };

    private static string DeploymentWithStatus(int updated, int available, bool availableCondition) =>
        ApiResponses.Stored(TestManifests.Deployment().ToJsonString(), $$"""
            {"observedGeneration":1,"replicas":3,"updatedReplicas":{{updated}},"readyReplicas":{{available}},"availableReplicas":{{available}},
             "conditions":[{"type":"Available","status":"{{(availableCondition ? "True" : "False")}}","reason":"MinimumReplicasAvailable"},
                           {"type":"Progressing","status":"True","reason":"ReplicaSetUpdated"}]}
            """);

    [Fact]
    public async Task WaitForReadyAsync_DeploymentRollsOut_ReportsProgressUntilAvailable()
    {
        var responses = new Queue<string>([
            DeploymentWithStatus(1, 0, false),
            DeploymentWithStatus(3, 1, false),
            DeploymentWithStatus(3, 1, false),
            DeploymentWithStatus(3, 3, true),
        ]);
        using var server = new FakeApiServer(_ => (200, responses.Count > 1 ? responses.Dequeue() : responses.Peek()));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);
        var progress = new RecordingProgress();

        var result = await client.WaitForReadyAsync(TestManifests.Deployment(), TimeSpan.FromSeconds(10), progress, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Equal(
            [
                "apps/v1 Deployment prod/web: 1/3 replicas updated",
                "apps/v1 Deployment prod/web: 1/3 replicas available",
                "apps/v1 Deployment prod/web: 3/3 replicas available",
            ],
            progress.Messages);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task WaitForReadyAsync_NeverAvailable_TimesOutWithLastState()
    {
        using var server = new FakeApiServer(_ => (200, DeploymentWithStatus(3, 2, false)));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.WaitForReadyAsync(TestManifests.Deployment(), TimeSpan.FromMilliseconds(200), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Timeout", result.Error.Reason);
        Assert.Equal(
            "wait for apps/v1 Deployment prod/web to become ready failed: Timeout: not ready after 00:00:00.2000000: 2/3 replicas available",
            result.Error.Describe());
    }

    [Fact]
    public async Task WaitForReadyAsync_JobFailed_FailsWithoutWaitingForTimeout()
    {
        var job = JsonNode.Parse("""
            {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate","namespace":"prod"},"spec":{"template":{"spec":{"containers":[{"name":"m","image":"migrate:1"}],"restartPolicy":"Never"}}},
             "status":{"failed":7,"conditions":[{"type":"Failed","status":"True","reason":"BackoffLimitExceeded","message":"Job has reached the specified backoff limit"}]}}
            """)!.AsObject();
        using var server = new FakeApiServer(_ => (200, job.ToJsonString()));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.WaitForReadyAsync(job, TimeSpan.FromMinutes(5), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("job failed: BackoffLimitExceeded: Job has reached the specified backoff limit", result.Error.Describe());
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task WaitForReadyAsync_CustomResourceDefinition_WaitsForEstablished()
    {
        var crd = """{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},"status":{"conditions":[{"type":"NamesAccepted","status":"True"},{"type":"Established","status":"%"}]}}""";
        var calls = 0;
        using var server = new FakeApiServer(_ => (200, crd.Replace("%", ++calls < 3 ? "False" : "True")));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);
        var progress = new RecordingProgress();

        var result = await client.WaitForReadyAsync(JsonNode.Parse(crd)!.AsObject(), TimeSpan.FromSeconds(10), progress, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Describe());
        Assert.Equal("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com", server.Requests.First().Path);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(
            [
                "apiextensions.k8s.io/v1 CustomResourceDefinition widgets.example.com: waiting for the Established condition",
                "apiextensions.k8s.io/v1 CustomResourceDefinition widgets.example.com: established",
            ],
            progress.Messages);
    }
}
