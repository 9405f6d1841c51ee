using System.Security.Cryptography;
using System.Text;
using Infra.Kubernetes;
using Infra.Random;
using k8s.Models;

namespace Infra.Components.Consul;

/// <summary>
/// A Consul datacenter on Kubernetes: a server StatefulSet (raft, <c>bootstrap_expect</c>) configured by JSON in a
/// ConfigMap, a generated gossip encryption key and ACL bootstrap token (secrets), TLS with auto-encrypt, ACLs with
/// default deny, HTTP/gRPC, UI and DNS Services, a quorum PodDisruptionBudget, optional Connect, WAN federation and
/// client DaemonSet. Invalid arguments throw a <see cref="ConfigException"/> naming them.
/// </summary>
public sealed class ConsulCluster : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:components:ConsulCluster";

    /// <summary>Creates the cluster's resources.</summary>
    /// <param name="name">The cluster name (an RFC 1123 label; prefixes every object).</param>
    /// <param name="args">The cluster's settings.</param>
    /// <param name="options">Resource options.</param>
    public ConsulCluster(string name, ConsulClusterArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var t = new ConsulTopology(name, args.Namespace, args.Servers, args.Datacenter, args.TlsEnabled);
        var child = new ResourceOptions { Parent = this };
        var secretOutputs = child with { AdditionalSecretOutputs = ["hex", "b64Url", "b64Std", "dec"] };
        var secrets = new List<Resource>();

        var gossip = new RandomId($"{name}-gossip-key", new RandomIdArgs { ByteLength = 32 }, secretOutputs);
        secrets.Add(new KubernetesResource<V1Secret>($"{name}-gossip", TlsSecret.Opaque(t.GossipSecret, t.Namespace, t.Labels("server"),
            gossip.B64Std.AsSecret().Apply(key => new Dictionary<string, string>(StringComparer.Ordinal) { ["key"] = key })), child));

        var bootstrap = new RandomId($"{name}-acl-bootstrap", new RandomIdArgs { ByteLength = 16 }, secretOutputs);
        secrets.Add(new KubernetesResource<V1Secret>($"{name}-acl", TlsSecret.Opaque(t.AclSecret, t.Namespace, t.Labels("server"),
            bootstrap.Hex.AsSecret().Apply(hex => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["token"] = AsUuid(hex),
                ["acl.json"] = $"{{\"acl\":{{\"tokens\":{{\"initial_management\":\"{AsUuid(hex)}\"}}}}}}",
            })), child));

        if (t.Tls)
        {
            var ca = new CertificateAuthority($"{name}-ca", $"{name} Consul CA", options: child);
            var server = new IssuedCertificate($"{name}-server", ca, $"server.{t.Datacenter}.consul", t.CertificateDnsNames, options: child);
            secrets.Add(new KubernetesResource<V1Secret>($"{name}-server-tls", TlsSecret.For(t.ServerTlsSecret, t.Namespace, t.Labels("server"), server), child));
            CaCertPem = ca.CertPem;
        }
        else
        {
            CaCertPem = Output.Create(string.Empty);
        }

        var serverJson = ConsulConfigFiles.Server(t, args);
        _ = new KubernetesResource<V1ConfigMap>($"{name}-server-config", ConsulWorkloads.ConfigMap(t, t.ServerConfigMap, "server", serverJson), child);
        _ = new KubernetesResource<V1Service>($"{name}-server", ConsulServices.Server(t), child);
        _ = new KubernetesResource<V1Service>($"{name}-http", ConsulServices.Http(t, args.ConnectEnabled), child);
        _ = new KubernetesResource<V1Service>($"{name}-dns", ConsulServices.Dns(t), child);
        if (args.UiEnabled)
        {
            _ = new KubernetesResource<V1Service>($"{name}-ui", ConsulServices.Ui(t), child);
        }
        var afterSecrets = child with { DependsOn = secrets };
        var servers = new KubernetesResource<V1StatefulSet>($"{name}-server-set", ConsulWorkloads.Servers(t, args, Hash(serverJson)), afterSecrets);
        _ = new KubernetesResource<V1PodDisruptionBudget>($"{name}-server-pdb",
            PodDefaults.QuorumBudget($"{name}-server", t.Namespace, t.Labels("server"), t.Selector("server"), t.Servers), child);

        if (args.ClientsEnabled)
        {
            var clientJson = ConsulConfigFiles.Client(t, args);
            _ = new KubernetesResource<V1ConfigMap>($"{name}-client-config", ConsulWorkloads.ConfigMap(t, t.ClientConfigMap, "client", clientJson), child);
            _ = new KubernetesResource<V1DaemonSet>($"{name}-client", ConsulWorkloads.Clients(t, args, Hash(clientJson)), child with { DependsOn = [.. secrets, servers] });
        }

        HttpEndpoint = servers.Object.Apply(_ => t.HttpEndpoint);
        DnsAddress = Output.Create(t.DnsAddress);
        Datacenter = Output.Create(t.Datacenter);
        ServerTlsSecretName = Output.Create(t.Tls ? t.ServerTlsSecret : string.Empty);
        GossipSecretName = Output.Create(t.GossipSecret);
        AclBootstrapSecretName = Output.Create(t.AclSecret);
        AclBootstrapToken = bootstrap.Hex.AsSecret().Apply(AsUuid);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["httpEndpoint"] = HttpEndpoint,
            ["dnsAddress"] = DnsAddress,
            ["datacenter"] = Datacenter,
            ["caCertPem"] = CaCertPem,
            ["serverTlsSecretName"] = ServerTlsSecretName,
            ["gossipSecretName"] = GossipSecretName,
            ["aclBootstrapSecretName"] = AclBootstrapSecretName,
        });
    }

    /// <summary>The HTTP(S) API URL, e.g. <c>https://consul-http.consul.svc.cluster.local:8501</c>.</summary>
    public Output<string> HttpEndpoint { get; }

    /// <summary>The DNS Service's host name (port 53, TCP and UDP).</summary>
    public Output<string> DnsAddress { get; }

    /// <summary>The datacenter name.</summary>
    public Output<string> Datacenter { get; }

    /// <summary>The CA certificate agents and API clients trust (PEM), empty when TLS is off.</summary>
    public Output<string> CaCertPem { get; }

    /// <summary>The Secret with the servers' <c>ca.crt</c>, <c>tls.crt</c> and <c>tls.key</c>, empty when TLS is off.</summary>
    public Output<string> ServerTlsSecretName { get; }

    /// <summary>The Secret whose <c>key</c> is the gossip encryption key.</summary>
    public Output<string> GossipSecretName { get; }

    /// <summary>The Secret whose <c>token</c> is the ACL bootstrap (initial management) token.</summary>
    public Output<string> AclBootstrapSecretName { get; }

    /// <summary>The initial management ACL token (secret), e.g. for a <c>ConsulBaseline</c> to configure the cluster with.</summary>
    public Output<string> AclBootstrapToken { get; }

    private static string AsUuid(string hex) => $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-a{hex[17..20]}-{hex[20..32]}";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static ResourceOptions? Validated(string name, ConsulClusterArgs args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ConsulArgsValidator.Check(name, args).ThrowIfAny();
        return options;
    }
}
