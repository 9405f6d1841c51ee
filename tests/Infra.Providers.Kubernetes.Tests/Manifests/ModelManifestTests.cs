using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Manifests.Writing;
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
        { "int-or-string in every form the converter tells apart", new V1Service
            {
                Metadata = new V1ObjectMeta { Name = "ports" },
                Spec = new V1ServiceSpec
                {
                    Ports =
                    [
                        new V1ServicePort { Port = 1, TargetPort = 8080 },
                        new V1ServicePort { Port = 2, TargetPort = "http" },
                        new V1ServicePort { Port = 3, TargetPort = "25%" },
                        new V1ServicePort { Port = 4, TargetPort = "-1" },
                        new V1ServicePort { Port = 5, TargetPort = "007" },
                        new V1ServicePort { Port = 6, TargetPort = " 9" },
                        new V1ServicePort { Port = 7, TargetPort = "+3" },
                        new V1ServicePort { Port = 8, TargetPort = "1.5" },
                        new V1ServicePort { Port = 9, TargetPort = "99999999999" },
                        new V1ServicePort { Port = 10, TargetPort = "" },
                        new V1ServicePort { Port = 11, TargetPort = new IntOrString() },
                    ],
                },
            }
        },
        { "explicit apiVersion and kind are kept", new V1Service { ApiVersion = "v1", Kind = "Service", Metadata = new V1ObjectMeta { Name = "svc" }, Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, TargetPort = 8080 }] } } },
        { "secret bytes", new V1Secret { Metadata = new V1ObjectMeta { Name = "s" }, Data = new Dictionary<string, byte[]> { ["p"] = [1, 2, 3] } } },
        { "quantities in non-canonical form", new V1Pod
            {
                Metadata = new V1ObjectMeta { Name = "q" },
                Spec = new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "c",
                            Resources = new V1ResourceRequirements
                            {
                                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("0.5"), ["memory"] = new("1024Mi"), ["ephemeral-storage"] = new("1000m"), ["x"] = new("1e3"), ["y"] = new("0") },
                                Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi"), ["hugepages-2Mi"] = new("2048Ki") },
                            },
                        },
                    ],
                    Overhead = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("1.5") },
                },
            }
        },
        { "int-or-string in every form", new V1Deployment
            {
                Metadata = new V1ObjectMeta { Name = "ios" },
                Spec = new V1DeploymentSpec
                {
                    Selector = new V1LabelSelector(),
                    Strategy = new V1DeploymentStrategy { RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = "25%", MaxUnavailable = "0080" } },
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "c",
                                    LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = 8080 } },
                                    StartupProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Port = "-3" } },
                                },
                            ],
                        },
                    },
                },
            }
        },
        { "nulls inside lists and maps, empty collections, unicode", new V1ConfigMap
            {
                Metadata = new V1ObjectMeta { Name = "n", Labels = new Dictionary<string, string>(), Annotations = new Dictionary<string, string> { ["a"] = null!, ["é"] = "\u00e9 \"quoted\" \n tab\t", ["emoji"] = "\U0001F600" }, Finalizers = ["x", null!, "y"] },
                Data = new Dictionary<string, string> { ["z"] = "1", ["a"] = "2", ["m"] = "<html>&amp;</html>" },
                BinaryData = new Dictionary<string, byte[]> { ["empty"] = [] },
                Immutable = false,
            }
        },
        { "big numbers and timestamps", new V1Job
            {
                Metadata = new V1ObjectMeta { Name = "j", DeletionGracePeriodSeconds = 30, CreationTimestamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) },
                Spec = new V1JobSpec
                {
                    ActiveDeadlineSeconds = 9_007_199_254_740_993,
                    BackoffLimit = -1,
                    Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "c" }], TerminationGracePeriodSeconds = long.MaxValue } },
                },
                Status = new V1JobStatus { StartTime = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), Active = 1 },
            }
        },
        { "custom resource definition with schemas and free-form values", new V1CustomResourceDefinition
            {
                Metadata = new V1ObjectMeta { Name = "widgets.example.com" },
                Spec = new V1CustomResourceDefinitionSpec
                {
                    Group = "example.com",
                    Scope = "Namespaced",
                    Names = new V1CustomResourceDefinitionNames { Kind = "Widget", Plural = "widgets" },
                    Versions =
                    [
                        new V1CustomResourceDefinitionVersion
                        {
                            Name = "v1",
                            Served = true,
                            Storage = true,
                            Schema = new V1CustomResourceValidation
                            {
                                OpenAPIV3Schema = new V1JSONSchemaProps
                                {
                                    Type = "object",
                                    Properties = new Dictionary<string, V1JSONSchemaProps>
                                    {
                                        ["size"] = new() { Type = "integer", Minimum = 1.5, DefaultProperty = 3, Example = new Dictionary<string, object> { ["n"] = 1 } },
                                        ["tags"] = new() { Type = "array", Items = new V1JSONSchemaProps { Type = "string" }, XKubernetesPreserveUnknownFields = true },
                                    },
                                    Required = ["size"],
                                },
                            },
                        },
                    ],
                },
            }
        },
        { "bench unit deployment", BenchDeployment() },
    };

    private static V1Deployment BenchDeployment()
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "app-00001", ["bench.infra/tier"] = "1" };
        return new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "app-00001", NamespaceProperty = "bench", Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = 2,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        AutomountServiceAccountToken = false,
                        SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "app",
                                Image = "registry.example/bench/app:1.4.2",
                                Ports = [new V1ContainerPort { ContainerPort = 8080, Name = "http" }],
                                EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = "app-00001-config" } }],
                                Env = [new V1EnvVar { Name = "POD", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } }],
                                Resources = new V1ResourceRequirements
                                {
                                    Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
                                    Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m"), ["memory"] = new("256Mi") },
                                },
                                SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, ReadOnlyRootFilesystem = true, Capabilities = new V1Capabilities { Drop = ["ALL"] } },
                                ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ready", Port = 8080 } },
                            },
                        ],
                    },
                },
            },
        };
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void ToValue_Model_EqualsFromModelNormalizedThenConverted(string scenario, IKubernetesObject model)
    {
        var expected = PropertyJson.FromJson(JsonDocument.Parse(KubernetesManifest.Normalize(KubernetesManifest.FromModel(model)).ToJsonString()).RootElement);

        var actual = ModelManifest.ToValue(model, ModelKind.For(model.GetType()));

        Assert.True(expected.Equals(actual), $"{scenario}: {actual} differs from {expected}");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void ToValue_ModelThroughWriter_EqualsSerializerPipeline(string scenario, IKubernetesObject model)
    {
        var expected = PropertyJson.FromJson(JsonDocument.Parse(KubernetesManifest.Normalize(KubernetesManifest.FromModel(model)).ToJsonString()).RootElement);
        var writer = ModelWriter.For(model.GetType());

        var actual = ModelManifest.ToValue(model, ModelKind.For(model.GetType()), writer);

        Assert.NotNull(writer);
        Assert.True(expected.Equals(actual), $"{scenario}: {actual} differs from {expected}");
    }

    [Fact]
    public void ToValue_WriterForAnotherType_FallsBackToSerializer()
    {
        var model = new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "cfg" }, Data = new Dictionary<string, string> { ["k"] = "v" } };

        var actual = ModelManifest.ToValue(model, ModelKind.For(model.GetType()), ModelWriter.For(typeof(V1Secret)));

        Assert.Equal(ModelManifest.ToValue(model, ModelKind.For(model.GetType())), actual);
    }

    public static TheoryData<Type, bool> WalkableTypes() => new()
    {
        { typeof(V1Deployment), true },
        { typeof(V1CustomResourceDefinition), true },
        { typeof(IntOrString), false },
        { typeof(ResourceQuantity), false },
        { typeof(string), false },
    };

    [Theory]
    [MemberData(nameof(WalkableTypes))]
    public void For_Type_BuildsWriterOnlyForModelClasses(Type type, bool expected)
    {
        Assert.Equal(expected, ModelWriter.For(type) is not null);
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
