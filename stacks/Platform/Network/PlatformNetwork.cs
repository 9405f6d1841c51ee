using Infra;
using Infra.Kubernetes;
using k8s.Models;

namespace Platform.Network;

/// <summary>
/// Namespaces and network policies: each data-service namespace denies ingress by default, allows its own members to
/// talk, and opens only its client ports to namespaces labelled as clients.
/// </summary>
public static class PlatformNetwork
{
    /// <summary>The label a namespace carries to reach the data services' client ports.</summary>
    public const string ClientLabel = "platform.infra.dev/client";

    /// <summary>Creates a namespace with restricted pod security.</summary>
    public static KubernetesResource<V1Namespace> Namespace(string name, string environment) =>
        new($"ns-{name}", new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta
            {
                Name = name,
                Labels = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["kubernetes.io/metadata.name"] = name,
                    ["pod-security.kubernetes.io/enforce"] = "restricted",
                    ["platform.infra.dev/environment"] = environment,
                },
            },
        });

    /// <summary>Default-deny ingress, intra-namespace traffic, and the client ports from client namespaces.</summary>
    public static void Policies(string ns, IReadOnlyList<(int Port, string Protocol)> clientPorts, Resource dependsOn)
    {
        var options = new ResourceOptions { DependsOn = [dependsOn] };
        _ = new KubernetesResource<V1NetworkPolicy>($"{ns}-default-deny", Policy(ns, "default-deny", new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector(),
            PolicyTypes = ["Ingress"],
        }), options);
        _ = new KubernetesResource<V1NetworkPolicy>($"{ns}-allow-same-namespace", Policy(ns, "allow-same-namespace", new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector(),
            PolicyTypes = ["Ingress"],
            Ingress = [new V1NetworkPolicyIngressRule { FromProperty = [new V1NetworkPolicyPeer { PodSelector = new V1LabelSelector() }] }],
        }), options);
        _ = new KubernetesResource<V1NetworkPolicy>($"{ns}-allow-clients", Policy(ns, "allow-clients", new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector(),
            PolicyTypes = ["Ingress"],
            Ingress =
            [
                new V1NetworkPolicyIngressRule
                {
                    FromProperty =
                    [
                        new V1NetworkPolicyPeer
                        {
                            NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(StringComparer.Ordinal) { [ClientLabel] = "true" } },
                        },
                    ],
                    Ports = [.. clientPorts.Select(p => new V1NetworkPolicyPort { Port = p.Port, Protocol = p.Protocol })],
                },
            ],
        }), options);
    }

    private static V1NetworkPolicy Policy(string ns, string name, V1NetworkPolicySpec spec) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = spec,
    };
}
