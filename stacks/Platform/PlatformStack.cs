using System.Collections.Immutable;
using Infra;
using Infra.Components.Consul;
using Infra.Components.Etcd;
using Infra.Components.Vault;
using Infra.Kubernetes;
using k8s.Models;
using Platform.Baseline;
using Platform.Data;
using Platform.Delivery;
using Platform.Network;
using Platform.Settings;

namespace Platform;

/// <summary>The platform: etcd, Consul and Vault clusters with their namespaces and network policies, per environment.</summary>
public sealed class PlatformStack : Stack
{
    /// <summary>Builds the platform from the stack's configuration.</summary>
    public PlatformStack()
    {
        var settings = PlatformSettings.Read(new Config());
        var platformNs = PlatformNetwork.Namespace("platform", settings.Environment);
        var etcdNs = PlatformNetwork.Namespace(settings.Etcd.Namespace, settings.Environment);
        var consulNs = PlatformNetwork.Namespace(settings.Consul.Namespace, settings.Environment);
        var vaultNs = PlatformNetwork.Namespace(settings.Vault.Namespace, settings.Environment);

        PlatformNetwork.Policies(settings.Etcd.Namespace, [(2379, "TCP")], etcdNs);
        PlatformNetwork.Policies(settings.Consul.Namespace, [(8501, "TCP"), (8500, "TCP"), (8502, "TCP"), (8503, "TCP"), (8600, "TCP"), (8600, "UDP"), (8301, "TCP"), (8301, "UDP")], consulNs);
        PlatformNetwork.Policies(settings.Vault.Namespace, [(8200, "TCP")], vaultNs);

        var etcd = new EtcdCluster("etcd", settings.Etcd, new ResourceOptions { DependsOn = [etcdNs] });
        var consul = new ConsulCluster("consul", settings.Consul, new ResourceOptions { DependsOn = [consulNs] });
        var vault = new VaultCluster("vault", settings.Vault, new ResourceOptions { DependsOn = [vaultNs] });
        _ = PlatformData.Declare(new Config(), new ResourceOptions { DependsOn = [platformNs] });
        PlatformBaseline.Declare(settings, vault, consul);

        // Consumers find the services (and trust their CAs) through one ConfigMap built from the components' outputs.
        var endpoints = Output.Tuple<(string, string), (string, string), (string, string)>(
            Output.Tuple<string, string>(etcd.ClientEndpoint, etcd.CaCertPem),
            Output.Tuple<string, string>(consul.HttpEndpoint, consul.CaCertPem),
            Output.Tuple<string, string>(vault.Endpoint, vault.CaCertPem));
        _ = new KubernetesResource<V1ConfigMap>("platform-endpoints", endpoints.Apply(e => new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "platform-endpoints", NamespaceProperty = "platform" },
            Data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["etcd.endpoint"] = e.Item1.Item1,
                ["etcd-ca.crt"] = e.Item1.Item2,
                ["consul.endpoint"] = e.Item2.Item1,
                ["consul-ca.crt"] = e.Item2.Item2,
                ["vault.endpoint"] = e.Item3.Item1,
                ["vault-ca.crt"] = e.Item3.Item2,
            },
        }), new ResourceOptions { DependsOn = [platformNs] });

        _ = PlatformDelivery.Create(new Config(), settings.Environment);

        Environment = Output.Create(settings.Environment);
        EtcdEndpoint = etcd.ClientEndpoint;
        EtcdMemberEndpoints = etcd.MemberEndpoints;
        ConsulEndpoint = consul.HttpEndpoint;
        VaultEndpoint = vault.Endpoint;
        VaultActiveEndpoint = vault.ActiveEndpoint;
    }

    /// <summary>The environment name.</summary>
    [Output]
    public Output<string> Environment { get; }

    /// <summary>The etcd client endpoint.</summary>
    [Output]
    public Output<string> EtcdEndpoint { get; }

    /// <summary>Every etcd member's client URL.</summary>
    [Output]
    public Output<ImmutableArray<string>> EtcdMemberEndpoints { get; }

    /// <summary>The Consul HTTP(S) API.</summary>
    [Output]
    public Output<string> ConsulEndpoint { get; }

    /// <summary>The Vault API over all nodes.</summary>
    [Output]
    public Output<string> VaultEndpoint { get; }

    /// <summary>The Vault API of the active node.</summary>
    [Output]
    public Output<string> VaultActiveEndpoint { get; }
}
