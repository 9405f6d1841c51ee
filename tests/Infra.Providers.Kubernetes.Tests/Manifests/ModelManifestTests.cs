using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using k8s;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Tests.Manifests;

public sealed class ModelManifestTests
{
    public static TheoryData<string, IKubernetesObject> Models() => new()
    {
        { "deployment with quantities, nulls and int-or-string", new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "prod", Labels = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" } },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 2,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "web",
                                    Image = "nginx",
                                    Args = ["--a", "--b"],
                                    Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m"), ["memory"] = new("1.5Gi") } },
                                    ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ready", Port = "http" }, PeriodSeconds = 5 },
                                },
                            ],
                        },
                    },
                },
            }
        },
        { "live object with status and server metadata", new V1ConfigMap
            {
                Metadata = new V1ObjectMeta { Name = "cfg", Uid = "abc", ResourceVersion = "42", Generation = 3, CreationTimestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) },
                Data = new Dictionary<string, string> { ["k"] = "v", ["empty"] = "" },
            }
        },
        { "explicit apiVersion and kind are kept", new V1Service { ApiVersion = "v1", Kind = "Service", Metadata = new V1ObjectMeta { Name = "svc" }, Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, TargetPort = 8080 }] } } },
        { "secret bytes", new V1Secret { Metadata = new V1ObjectMeta { Name = "s" }, Data = new Dictionary<string, byte[]> { ["p"] = [1, 2, 3] } } },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void ToValue_Model_EqualsFromModelNormalizedThenConverted(string scenario, IKubernetesObject model)
    {
        var expected = PropertyJson.FromJson(JsonDocument.Parse(KubernetesManifest.Normalize(KubernetesManifest.FromModel(model)).ToJsonString()).RootElement);

        var actual = ModelManifest.ToValue(model, ModelKind.For(model.GetType()));

        Assert.True(expected.Equals(actual), $"{scenario}: {actual} differs from {expected}");
    }

    [Fact]
    public void ToValue_LiveObject_DropsStatusAndServerMetadata()
    {
        var model = new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "cfg", Uid = "abc", ResourceVersion = "1" } };

        var metadata = ModelManifest.ToValue(model, ModelKind.For(model.GetType())).ObjectValue["metadata"].ObjectValue;

        Assert.Equal(["name"], metadata.Keys);
    }

    public static TheoryData<Type, string?, string?> Kinds() => new()
    {
        { typeof(V1Deployment), "apps/v1", "Deployment" },
        { typeof(V1ConfigMap), "v1", "ConfigMap" },
        { typeof(V1Ingress), "networking.k8s.io/v1", "Ingress" },
        { typeof(V1ObjectMeta), null, null },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void For_ModelType_ReadsApiVersionAndKind(Type type, string? apiVersion, string? kind)
    {
        var found = ModelKind.For(type);

        Assert.Equal(apiVersion, found?.ApiVersion);
        Assert.Equal(kind, found?.Kind);
    }

    public static TheoryData<string, bool> Identities() => new()
    {
        { """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"prod"}}""", true },
        { """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"prod"}}""", true },
        { """{"apiVersion":"v1","kind":"","metadata":{"name":"x"}}""", false },
        { """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"x-"}}""", false },
        { """{"apiVersion":1,"kind":"ConfigMap","metadata":{"name":"x"}}""", false },
        { """{"kind":"ConfigMap","metadata":{"name":"x","namespace":""}}""", false },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void TryFromProperties_Manifest_AgreesWithTryFromManifest(string json, bool valid)
    {
        var manifest = JsonNode.Parse(json)!.AsObject();
        var fromJson = ResourceIdentity.TryFromManifest(manifest, out var expected, out _);

        var fromProperties = ResourceIdentity.TryFromProperties(PropertyValue.MakeSecret(PropertyJson.FromJson(manifest)), out var actual);

        Assert.Equal(valid, fromJson);
        Assert.Equal(fromJson, fromProperties);
        Assert.Equal(expected, actual);
    }
}
