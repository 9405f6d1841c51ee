using Infra.Kubernetes;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Tests.Support;

/// <summary>
/// Three namespaces, each with its Namespace, two ConfigMaps and a Service (12 objects). Version 2 updates three of
/// them, renames one ConfigMap (a replace), adds one and deletes one.
/// </summary>
public sealed class MultiNamespaceApp(int version)
{
    private static readonly string[] Namespaces = ["billing", "ops", "shop"];

    public void Register()
    {
        foreach (var ns in Namespaces)
        {
            _ = new KubernetesResource<V1Namespace>($"{ns}-ns", new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = ns } });
            ConfigMap($"{ns}-settings", ns, "settings", new() { ["greeting"] = version == 2 && ns != "ops" ? $"hi from {ns}" : "hello", ["tier"] = ns });
            if (!(version == 2 && ns == "billing"))
            {
                ConfigMap($"{ns}-flags", ns, "flags", new() { ["beta"] = "false" });
            }
            Service(ns, version == 2 && ns == "shop" ? 8081 : 8080);
        }

        // A name change replaces the object: the old document goes, a new one comes.
        ConfigMap("ops-limits", "ops", version == 2 ? "limits-v2" : "limits", new() { ["cpu"] = "2" });
        if (version == 2)
        {
            ConfigMap("shop-extra", "shop", "extra", new() { ["added"] = "true" });
        }
    }

    private static void ConfigMap(string name, string ns, string objectName, Dictionary<string, string> data) =>
        _ = new KubernetesResource<V1ConfigMap>(name, new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = objectName, NamespaceProperty = ns },
            Data = data,
        });

    private static void Service(string ns, int targetPort) =>
        _ = new KubernetesResource<V1Service>($"{ns}-svc", new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = ns },
            Spec = new V1ServiceSpec
            {
                Selector = new Dictionary<string, string> { ["app"] = "web" },
                Ports = [new V1ServicePort { Port = 80, TargetPort = targetPort }],
            },
        });
}
