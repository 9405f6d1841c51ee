using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Tests.Manifests;

public sealed class KubernetesManifestTests
{
    [Fact]
    public void FromModel_TypedDeploymentWithoutKind_FillsApiVersionAndKind()
    {
        var deployment = new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "prod" },
            Spec = new V1DeploymentSpec
            {
                Replicas = 2,
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx" }] },
                },
            },
        };

        var manifest = KubernetesManifest.FromModel(deployment);

        Assert.Equal("apps/v1", manifest["apiVersion"]!.GetValue<string>());
        Assert.Equal("Deployment", manifest["kind"]!.GetValue<string>());
        Assert.Equal("prod", manifest["metadata"]!["namespace"]!.GetValue<string>());
        Assert.Equal(2, manifest["spec"]!["replicas"]!.GetValue<int>());
        Assert.True(ResourceIdentity.TryFromManifest(manifest, out var identity, out _));
        Assert.Equal(new ResourceIdentity("apps/v1", "Deployment", "prod", "web"), identity);
    }

    [Fact]
    public void ToModel_Manifest_RoundTripsTypedModel()
    {
        var manifest = JsonNode.Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"prod"},"spec":{"ports":[{"port":80,"targetPort":"http"}]}}""")!.AsObject();

        var service = KubernetesManifest.ToModel<V1Service>(manifest);

        Assert.Equal("web", service.Metadata.Name);
        Assert.Equal("http", service.Spec.Ports[0].TargetPort.Value);
        Assert.True(JsonNode.DeepEquals(manifest, KubernetesManifest.FromModel(service)));
    }

    [Fact]
    public void Normalize_LiveObject_StripsServerFields()
    {
        var live = JsonNode.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","uid":"1","resourceVersion":"2","creationTimestamp":"2026-01-01T00:00:00Z","managedFields":[]},"data":{"a":"b","n":null},"status":{}}""")!.AsObject();

        var normalized = KubernetesManifest.Normalize(live);

        Assert.Equal("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":"b"}}""", normalized.ToJsonString());
        Assert.NotNull(live["status"]);
    }

    [Fact]
    public void FromModel_CoreKind_UsesBareVersion()
    {
        var manifest = KubernetesManifest.FromModel(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "cfg" } });

        Assert.Equal("v1", manifest["apiVersion"]!.GetValue<string>());
        Assert.Equal("ConfigMap", manifest["kind"]!.GetValue<string>());
    }

    [Fact]
    public void Custom_CrossplaneKind_BuildsManifest()
    {
        var manifest = KubernetesManifest.Custom(
            "s3.aws.upbound.io/v1beta1",
            "Bucket",
            new V1ObjectMeta { Name = "logs", Labels = new Dictionary<string, string> { ["team"] = "infra" } },
            JsonNode.Parse("""{"forProvider":{"region":"eu-west-1"}}""")!.AsObject(),
            null);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"apiVersion":"s3.aws.upbound.io/v1beta1","kind":"Bucket","metadata":{"labels":{"team":"infra"},"name":"logs"},"spec":{"forProvider":{"region":"eu-west-1"}}}"""),
            manifest));
    }

    public static TheoryData<string, string, int> Ranks => new()
    {
        { "v1", "Namespace", 0 },
        { "apiextensions.k8s.io/v1", "CustomResourceDefinition", 1 },
        { "v1", "ServiceAccount", 10 },
        { "v1", "Secret", 13 },
        { "external-secrets.io/v1", "ExternalSecret", 13 },
        { "v1", "Service", 30 },
        { "apps/v1", "Deployment", 44 },
        { "batch/v1", "Job", 47 },
        { "tekton.dev/v1", "Pipeline", 70 },
        { "argoproj.io/v1alpha1", "Application", 70 },
        { "other.example.com/v1", "Deployment", 70 },
    };

    [Theory]
    [MemberData(nameof(Ranks))]
    public void Rank_Kind_ExpectedApplyRank(string apiVersion, string kind, int rank) =>
        Assert.Equal(rank, ApplyOrder.Rank(apiVersion, kind));

    [Fact]
    public void Sort_MixedIdentities_NamespacesAndCrdsFirst()
    {
        var sorted = ApplyOrder.Sort(
        [
            new("tekton.dev/v1", "Pipeline", "ci", "build"),
            new("apps/v1", "Deployment", "prod", "web"),
            new("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "widgets.example.com"),
            new("v1", "Namespace", null, "prod"),
        ]);

        Assert.Equal(["Namespace", "CustomResourceDefinition", "Deployment", "Pipeline"], sorted.Select(i => i.Kind));
    }
}
