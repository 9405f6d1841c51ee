using System.Text.Json.Nodes;
using Infra.Kubernetes;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Tests.Support;

/// <summary>
/// A small application stack (Namespace, ConfigMap, Deployment, Service, Tekton Pipeline, optional Secret) whose
/// settings a test changes between runs.
/// </summary>
public sealed class SampleApp
{
    public string Greeting { get; set; } = "hello";

    public string Memory { get; set; } = "1Gi";

    public bool WithService { get; set; } = true;

    /// <summary>Whether the Tekton Pipeline (a custom object whose CRD a bare cluster lacks) is part of the stack.</summary>
    public bool WithPipeline { get; set; } = true;

    /// <summary>The Deployment's selector label (immutable: changing it replaces the Deployment).</summary>
    public string AppLabel { get; set; } = "web";

    /// <summary>Null: no Secret. Otherwise the Secret's password, registered as a secret output when <see cref="SecretIsOutputSecret"/>.</summary>
    public string? Password { get; set; }

    public bool SecretIsOutputSecret { get; set; } = true;

    public void Register()
    {
        _ = new KubernetesResource<V1Namespace>("ns", new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = "shop" } });
        _ = new KubernetesResource<V1ConfigMap>("config", new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "web-config", NamespaceProperty = "shop" },
            Data = new Dictionary<string, string> { ["greeting"] = Greeting, ["enabled"] = "yes" },
        });
        _ = new KubernetesResource<V1Deployment>("web", Deployment());
        if (WithService)
        {
            _ = new KubernetesResource<V1Service>("web-svc", new V1Service
            {
                ApiVersion = "v1",
                Kind = "Service",
                Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
                Spec = new V1ServiceSpec
                {
                    Selector = new Dictionary<string, string> { ["app"] = "web" },
                    Ports = [new V1ServicePort { Port = 80, TargetPort = 8080 }],
                },
            });
        }

        if (WithPipeline)
        {
            RegisterPipeline();
        }

        if (Password is not null)
        {
            RegisterSecret(Password);
        }
    }

    private void RegisterPipeline() =>
        _ = new CustomObject("build", new CustomObjectArgs
        {
            ApiVersion = "tekton.dev/v1",
            Kind = "Pipeline",
            Metadata = new V1ObjectMeta { Name = "build", NamespaceProperty = "shop" },
            Spec = JsonNode.Parse("""{"tasks":[{"name":"compile","taskRef":{"name":"golang-build"}}]}""")!.AsObject(),
        });

    private void RegisterSecret(string password)
    {
        var secret = new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Metadata = new V1ObjectMeta { Name = "db", NamespaceProperty = "shop" },
            StringData = new Dictionary<string, string> { ["password"] = password },
        };
        _ = new KubernetesResource<V1Secret>("db", SecretIsOutputSecret ? Output.CreateSecret(secret) : secret);
    }

    private V1Deployment Deployment() => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
        Spec = new V1DeploymentSpec
        {
            Replicas = 2,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = AppLabel } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = AppLabel } },
                Spec = new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "web",
                            Image = "nginx:1.27",
                            Resources = new V1ResourceRequirements
                            {
                                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity(Memory) },
                            },
                        },
                    ],
                },
            },
        },
    };
}
