using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Support;

/// <summary>
/// A fake API server that keeps applied objects by path: PATCH stores (and reports workloads as rolled out), GET
/// returns what is stored, DELETE removes. <see cref="ConflictOn"/> makes applies to matching paths fail with 409.
/// </summary>
public sealed class FakeCluster : IDisposable
{
    private readonly ConcurrentDictionary<string, string> objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> reads = new(StringComparer.Ordinal);

    public FakeCluster()
    {
        Server = new FakeApiServer(Handle);
    }

    public FakeApiServer Server { get; }

    /// <summary>A path fragment (e.g. <c>/configmaps/</c>) whose applies answer 409 Conflict.</summary>
    public string? ConflictOn { get; set; }

    /// <summary>How many reads of each Deployment report it as not rolled out yet.</summary>
    public int NotReadyReads { get; set; }

    public IReadOnlyCollection<string> StoredPaths => objects.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Writes a kubeconfig pointing at this server and returns its path.</summary>
    public string WriteKubeconfig(string directory)
    {
        var path = Path.Combine(directory, "kubeconfig.yaml");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake
              cluster:
                server: {Server.BaseUrl.AbsoluteUri.TrimEnd('/')}
            users:
            - name: tester
              user:
                token: test-token
            contexts:
            - name: fake
              context:
                cluster: fake
                user: tester
            current-context: fake
            """);
        return path;
    }

    public void Dispose() => Server.Dispose();

    private (int Status, string Body) Handle(RecordedRequest request)
    {
        switch (request.Method)
        {
            case "PATCH" when ConflictOn is not null && request.Path.Contains(ConflictOn, StringComparison.Ordinal):
                return (409, ApiResponses.ApplyConflict);
            case "PATCH":
                var stored = ApiResponses.Stored(request.Body, RolledOut(request.Body));
                objects[request.Path] = stored;
                return (200, stored);
            case "GET" when objects.TryGetValue(request.Path, out var found):
                var count = reads.AddOrUpdate(request.Path, 1, (_, n) => n + 1);
                return (200, request.Path.Contains("/deployments/", StringComparison.Ordinal) && count <= NotReadyReads ? NotRolledOut(found) : found);
            case "GET":
                return (404, ApiResponses.DeploymentNotFound);
            case "DELETE":
                return objects.TryRemove(request.Path, out _) ? (200, ApiResponses.DeleteSuccess) : (404, ApiResponses.DeploymentNotFound);
            default:
                return (405, "{}");
        }
    }

    private static string NotRolledOut(string stored)
    {
        var live = JsonNode.Parse(stored)!.AsObject();
        live["status"]!["updatedReplicas"] = 0;
        live["status"]!["availableReplicas"] = 0;
        return live.ToJsonString();
    }

    private static string RolledOut(string body)
    {
        var replicas = JsonNode.Parse(body)?["spec"]?["replicas"]?.GetValue<int>() ?? 1;
        return $$"""
            {"observedGeneration":1,"replicas":{{replicas}},"updatedReplicas":{{replicas}},"readyReplicas":{{replicas}},"availableReplicas":{{replicas}},
             "conditions":[{"type":"Available","status":"True","reason":"MinimumReplicasAvailable"}]}
            """;
    }
}
