using k8s;
using k8s.Models;
using Infra.Kubernetes;

namespace Infra.Bench.Stack;

/// <summary>
/// Registers one unit: a ConfigMap, a Deployment that mounts it and a Service in front of it. The Deployment
/// depends on its ConfigMap, the Service on its Deployment, and the unit's ConfigMap on the Service of its parent
/// unit (unit (i-1)/2), so the graph is a binary tree of depth log2(units), as services layered on services are.
/// </summary>
public sealed class UnitFactory(BenchShape shape)
{
    private const string Namespace = "bench";

    public KubernetesResource<V1Service> Register(int unit, Resource? parentUnitService, Resource? parent)
    {
        var (config, deployment, service) = Build(unit, shape);
        var name = deployment.Metadata.Name;
        var configResource = new KubernetesResource<V1ConfigMap>(
            $"{name}-config", config, new ResourceOptions { Parent = parent, DependsOn = parentUnitService is null ? [] : [parentUnitService] });
        var deploymentResource = new KubernetesResource<V1Deployment>(name, deployment, new ResourceOptions { Parent = parent, DependsOn = [configResource] });
        return new KubernetesResource<V1Service>($"{name}-svc", service, new ResourceOptions { Parent = parent, DependsOn = [deploymentResource] });
    }

    public static IEnumerable<IKubernetesObject> Models(int unit, BenchShape shape)
    {
        var (config, deployment, service) = Build(unit, shape);
        return [config, deployment, service];
    }

    private static (V1ConfigMap Config, V1Deployment Deployment, V1Service Service) Build(int unit, BenchShape shape)
    {
        var name = $"app-{unit:D5}";
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = name, ["bench.infra/tier"] = (unit % 4).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var config = new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = $"{name}-config", NamespaceProperty = Namespace, Labels = labels },
            Data = new Dictionary<string, string>
            {
                ["LOG_LEVEL"] = "info",
                ["UPSTREAM"] = unit == 0 ? "none" : $"app-{(unit - 1) / 2:D5}.{Namespace}.svc",
                ["REVISION"] = shape.IsChanged(unit) ? $"r{shape.Revision}" : "r0",
            },
        };
        var deployment = new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace, Labels = labels },
            Spec = new V1DeploymentSpec
            {
                Replicas = 2,
                Selector = new V1LabelSelector { MatchLabels = labels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = PodSpec(name),
                },
            },
        };
        var service = new V1Service
        {
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = Namespace, Labels = labels },
            Spec = new V1ServiceSpec
            {
                Selector = labels,
                Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = 8080, Protocol = "TCP" }],
            },
        };
        return (config, deployment, service);
    }

    private static V1PodSpec PodSpec(string name) => new()
    {
        AutomountServiceAccountToken = false,
        SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
        Containers =
        [
            new V1Container
            {
                Name = "app",
                Image = "registry.example/bench/app:1.4.2",
                ImagePullPolicy = "IfNotPresent",
                Ports = [new V1ContainerPort { ContainerPort = 8080, Name = "http" }],
                EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = $"{name}-config" } }],
                Resources = new V1ResourceRequirements
                {
                    Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
                    Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m"), ["memory"] = new("256Mi") },
                },
                SecurityContext = new V1SecurityContext
                {
                    AllowPrivilegeEscalation = false,
                    ReadOnlyRootFilesystem = true,
                    Privileged = false,
                    Capabilities = new V1Capabilities { Drop = ["ALL"] },
                },
                ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ready", Port = 8080 } },
                LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/live", Port = 8080 } },
            },
        ],
    };
}
