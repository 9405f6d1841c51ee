using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class KubectlKustomizeTests
{
    [SkippableFact]
    public async Task KubectlKustomize_RenderedFolder_AcceptedWithAllObjects()
    {
        var kubectl = ExternalProcess.FindOnPath("kubectl");
        Skip.If(kubectl is null, "kubectl is not installed");
        using var dir = new TempDirectory();
        var options = new RenderOptions(dir.Path) { SecretStore = new SecretStoreReference("ClusterSecretStore", "vault") };
        var renderer = await ManifestRenderer.OpenAsync(options, CancellationToken.None);
        var clusterRole = System.Text.Json.Nodes.JsonNode.Parse(
            """{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"system:reader"},"rules":[{"apiGroups":[""],"resources":["pods"],"verbs":["get"]}]}""")!.AsObject();
        foreach (var manifest in RenderFixtures.Stack().Append(TestManifests.Secret("db", "prod")).Append(clusterRole))
        {
            Assert.True((await renderer.WriteAsync(manifest, CancellationToken.None)).Succeeded);
        }

        await renderer.FinalizeAsync(CancellationToken.None);

        var (exitCode, output, error) = await ExternalProcess.RunAsync(kubectl!, "kustomize", dir.Path);

        Assert.True(exitCode == 0, error);
        var documents = output.Split("\n---\n");
        Assert.Equal(9, documents.Length);
        Assert.Contains(documents, d => d.Contains("kind: ClusterRole") && d.Contains("name: system:reader"));
        Assert.Contains(documents, d => d.Contains("kind: ExternalSecret") && d.Contains("name: db"));
        Assert.Contains(documents, d => d.Contains("kind: Pipeline") && d.Contains("taskRef"));
        Assert.Contains(documents, d => d.Contains("enabled: \"yes\"") && d.Contains("port: \"8080\""));
        Assert.DoesNotContain("c3VwZXItc2VjcmV0LXZhbHVl", output);
    }
}
