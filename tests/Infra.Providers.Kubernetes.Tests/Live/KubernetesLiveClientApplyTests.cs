using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Live;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Tests.Live;

public sealed class KubernetesLiveClientApplyTests
{
    private static readonly LiveClientOptions FastPolling = new() { PollInterval = TimeSpan.FromMilliseconds(20) };

    public static TheoryData<string, JsonObject, bool, string> ApplyTargets => new()
    {
        { "namespaced apps", TestManifests.Deployment(), false, "/apis/apps/v1/namespaces/prod/deployments/web?fieldManager=infra&force=false" },
        { "forced", TestManifests.Deployment(), true, "/apis/apps/v1/namespaces/prod/deployments/web?fieldManager=infra&force=true" },
        { "default namespace", TestManifests.Deployment(ns: null), false, "/apis/apps/v1/namespaces/default/deployments/web?fieldManager=infra&force=false" },
        { "core cluster-scoped", TestManifests.Namespace("prod"), false, "/api/v1/namespaces/prod?fieldManager=infra&force=false" },
        { "core namespaced", TestManifests.ConfigMap("cfg", "prod", new JsonObject { ["a"] = "b" }), false, "/api/v1/namespaces/prod/configmaps/cfg?fieldManager=infra&force=false" },
    };

    [Theory]
    [MemberData(nameof(ApplyTargets))]
    public async Task ApplyAsync_BuiltInKind_SendsServerSideApplyPatch(string scenario, JsonObject manifest, bool force, string expectedPathAndQuery)
    {
        using var server = new FakeApiServer(r => (200, ApiResponses.Stored(r.Body, "{}")));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.ApplyAsync(manifest, force, CancellationToken.None);

        Assert.True(result.Succeeded, scenario + ": " + result.Error);
        var request = Assert.Single(server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal(expectedPathAndQuery, request.PathAndQuery);
        Assert.StartsWith("application/apply-patch+yaml", request.ContentType);
        Assert.True(JsonNode.DeepEquals(manifest, JsonNode.Parse(request.Body)), scenario);
        Assert.Equal("48213", result.Value!["metadata"]!["resourceVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApplyAsync_ManifestWithStatusAndServerMetadata_SendsOnlyDesiredFields()
    {
        using var server = new FakeApiServer(r => (200, ApiResponses.Stored(r.Body, "{}")));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);
        var manifest = TestManifests.Deployment();
        manifest["status"] = new JsonObject { ["replicas"] = 3 };
        manifest["metadata"]!["resourceVersion"] = "17";
        manifest["metadata"]!["creationTimestamp"] = null;

        await client.ApplyAsync(manifest, force: false, CancellationToken.None);

        var sent = JsonNode.Parse(Assert.Single(server.Requests).Body)!;
        Assert.Null(sent["status"]);
        Assert.Null(sent["metadata"]!["resourceVersion"]);
        Assert.False(sent["metadata"]!.AsObject().ContainsKey("creationTimestamp"));
    }

    [Fact]
    public async Task ApplyAsync_ClusterScopedWithNamespace_NamespaceDropped()
    {
        using var server = new FakeApiServer(r => (200, ApiResponses.Stored(r.Body, "{}")));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl);
        var manifest = TestManifests.Namespace("prod");
        manifest["metadata"]!["namespace"] = "default";

        var result = await client.ApplyAsync(manifest, force: false, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.Describe());
        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/v1/namespaces/prod", request.Path);
        Assert.Null(JsonNode.Parse(request.Body)!["metadata"]!["namespace"]);
    }

    [Fact]
    public async Task ApplyAsync_CustomResource_DiscoversPluralOnceAndApplies()
    {
        using var server = new FakeApiServer(r => r.Path == "/apis/tekton.dev/v1"
            ? (200, ApiResponses.TektonDiscovery)
            : (200, ApiResponses.Stored(r.Body, "{}")));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var first = await client.ApplyAsync(TestManifests.Pipeline("build", "ci"), force: false, CancellationToken.None);
        var second = await client.ApplyAsync(TestManifests.Pipeline("test", "ci"), force: false, CancellationToken.None);

        Assert.True(first.Succeeded, first.Error?.Describe());
        Assert.True(second.Succeeded, second.Error?.Describe());
        Assert.Equal(
            ["GET /apis/tekton.dev/v1", "PATCH /apis/tekton.dev/v1/namespaces/ci/pipelines/build", "PATCH /apis/tekton.dev/v1/namespaces/ci/pipelines/test"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task ApplyAsync_UnknownGroupVersion_ReportsMissingCrd()
    {
        using var server = new FakeApiServer(_ => (404, "404 page not found"));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.ApplyAsync(TestManifests.Pipeline("build", "ci"), force: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("apply tekton.dev/v1 Pipeline ci/build failed", result.Error.Describe());
        Assert.Contains("is the CRD installed?", result.Error.Describe());
    }

    [Fact]
    public async Task ApplyAsync_FieldManagerConflict_ReturnsClearConflictError()
    {
        using var server = new FakeApiServer(_ => (409, ApiResponses.ApplyConflict));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.ApplyAsync(TestManifests.Deployment(), force: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Error.IsConflict);
        Assert.Equal("Conflict", result.Error.Reason);
        var cause = Assert.Single(result.Error.Causes);
        Assert.Equal(".spec.replicas", cause.Field);
        Assert.Equal(
            """
            apply apps/v1 Deployment prod/web failed: 409 Conflict: Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas
              - .spec.replicas: conflict with "kubectl-client-side-apply" using apps/v1 (FieldManagerConflict)
            Another field manager owns these fields. Remove them from the manifest, or apply with force (kubernetes:forceConflicts: true) to take ownership.
            """.ReplaceLineEndings("\n"),
            result.Error.Describe());
    }

    [Fact]
    public async Task ApplyAsync_InvalidObject_ReturnsEveryFieldCause()
    {
        using var server = new FakeApiServer(_ => (422, ApiResponses.Invalid));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.ApplyAsync(TestManifests.Deployment(), force: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(422, result.Error.StatusCode);
        Assert.Equal("Invalid", result.Error.Reason);
        Assert.Equal(["spec.template.spec.containers[0].image", "spec.replicas"], result.Error.Causes.Select(c => c.Field));
        var message = result.Error.Describe();
        Assert.StartsWith("apply apps/v1 Deployment prod/web failed: 422 Invalid: Deployment.apps \"web\" is invalid:", message);
        Assert.Contains("\n  - spec.template.spec.containers[0].image: Required value (FieldValueRequired)", message);
        Assert.Contains("\n  - spec.replicas: Invalid value: -1: must be greater than or equal to 0 (FieldValueInvalid)", message);
    }

    [Fact]
    public async Task ApplyAsync_Forbidden_ExplainsRbac()
    {
        using var server = new FakeApiServer(_ => (403, ApiResponses.Forbidden));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);

        var result = await client.ApplyAsync(TestManifests.Deployment(), force: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("403 Forbidden: deployments.apps \"web\" is forbidden: User \"system:serviceaccount:ci:deployer\" cannot patch", result.Error.Describe());
        Assert.Contains("RBAC", result.Error.Describe());
    }

    [Fact]
    public async Task ApplyAsync_ServerUnreachable_ReturnsUnreachableError()
    {
        Uri deadUrl;
        using (var server = new FakeApiServer(_ => (200, "{}")))
        {
            deadUrl = server.BaseUrl;
        }

        using var client = KubernetesLiveClient.ForBaseUrl(deadUrl, FastPolling);

        var result = await client.ApplyAsync(TestManifests.Deployment(), force: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Unreachable", result.Error.Reason);
        Assert.Contains("cannot reach the Kubernetes API server", result.Error.Message);
    }

    [Fact]
    public async Task ApplyAsync_ServerTooSlow_ReturnsTimeoutError()
    {
        // The server answers only after the test is done (or after 10 s), so even a late timeout timer on a loaded machine
        // fires before any answer arrives.
        using var answered = new ManualResetEventSlim();
        using var server = new FakeApiServer(r =>
        {
            answered.Wait(TimeSpan.FromSeconds(10));
            return (200, ApiResponses.Stored(r.Body, "{}"));
        });
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, new LiveClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await client.ApplyAsync(TestManifests.Deployment(), force: false, CancellationToken.None);
        answered.Set();

        Assert.False(result.Succeeded);
        Assert.Equal($"apply apps/v1 Deployment prod/web failed: Unreachable: the Kubernetes API server at {server.BaseUrl} did not answer within 00:00:00.1000000", result.Error.Describe());
    }

    [Fact]
    public async Task ApplyAsync_ManifestWithoutName_ReturnsInvalidManifest()
    {
        using var server = new FakeApiServer(_ => (200, "{}"));
        using var client = KubernetesLiveClient.ForBaseUrl(server.BaseUrl, FastPolling);
        var manifest = TestManifests.Deployment();
        manifest["metadata"]!.AsObject().Remove("name");

        var result = await client.ApplyAsync(manifest, force: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("metadata.name", result.Error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void FromKubeconfig_MissingFile_ReturnsError()
    {
        var result = KubernetesLiveClient.FromKubeconfig("/nonexistent/kubeconfig", "prod");

        Assert.False(result.Succeeded);
        Assert.Equal("InvalidKubeconfig", result.Error.Reason);
        Assert.Contains("/nonexistent/kubeconfig", result.Error.Describe());
    }

    [Fact]
    public async Task FromKubeconfig_TokenContext_SendsBearerTokenToServer()
    {
        using var server = new FakeApiServer(r => (200, ApiResponses.Stored(r.Body, "{}")));
        var path = Path.Combine(Path.GetTempPath(), $"kubeconfig-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: local
              cluster:
                server: {server.BaseUrl.AbsoluteUri.TrimEnd('/')}
            users:
            - name: deployer
              user:
                token: test-token-123
            contexts:
            - name: staging
              context:
                cluster: local
                user: deployer
                namespace: staging
            current-context: staging
            """);
        try
        {
            var created = KubernetesLiveClient.FromKubeconfig(path, "staging");
            Assert.True(created.Succeeded, created.Error?.Describe());
            using var client = created.Value!;

            var result = await client.ApplyAsync(TestManifests.Deployment(ns: null), force: false, CancellationToken.None);

            Assert.True(result.Succeeded, result.Error?.Describe());
            var request = Assert.Single(server.Requests);
            Assert.Equal("/apis/apps/v1/namespaces/staging/deployments/web", request.Path);
            Assert.Equal("Bearer test-token-123", request.Authorization);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
