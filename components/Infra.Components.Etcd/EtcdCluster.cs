using System.Collections.Immutable;
using Infra.Kubernetes;
using Infra.Random;
using k8s.Models;

namespace Infra.Components.Etcd;

/// <summary>
/// An etcd cluster on Kubernetes: a StatefulSet of 1–7 (odd) members with a computed <c>initial-cluster</c>, mutual TLS
/// for peers and clients from the TLS provider, a client Service, a quorum-safe PodDisruptionBudget, optional
/// authentication and maintenance CronJobs. Invalid arguments throw a <see cref="ConfigException"/> naming them.
/// </summary>
public sealed class EtcdCluster : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:components:EtcdCluster";

    /// <summary>Creates the cluster's resources.</summary>
    /// <param name="name">The cluster name (an RFC 1123 label; also the StatefulSet and client Service name).</param>
    /// <param name="args">The cluster's settings.</param>
    /// <param name="options">Resource options.</param>
    public EtcdCluster(string name, EtcdClusterArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var t = new EtcdTopology(name, args.Namespace, args.Members, args.TlsEnabled);
        var child = new ResourceOptions { Parent = this };
        var secrets = new List<Resource>();

        if (t.Tls)
        {
            var ca = new CertificateAuthority($"{name}-ca", $"{name} etcd CA", options: child);
            var peer = new IssuedCertificate($"{name}-peer", ca, $"{name} peer", t.CertificateDnsNames, options: child);
            var server = new IssuedCertificate($"{name}-client", ca, $"{name} client", t.CertificateDnsNames, options: child);
            secrets.Add(new KubernetesResource<V1Secret>($"{name}-peer-tls", TlsSecret.For(t.PeerTlsSecret, t.Namespace, t.Labels, peer), child));
            secrets.Add(new KubernetesResource<V1Secret>($"{name}-client-tls", TlsSecret.For(t.ClientTlsSecret, t.Namespace, t.Labels, server), child));
            CaCertPem = ca.CertPem;
        }
        else
        {
            CaCertPem = Output.Create(string.Empty);
        }

        if (args.AuthEnabled)
        {
            var password = new RandomPassword($"{name}-root-password", new RandomStringArgs { Length = 32, Special = false }, child);
            secrets.Add(new KubernetesResource<V1Secret>($"{name}-root", TlsSecret.Opaque(t.AuthSecret, t.Namespace, t.Labels,
                password.Result.Apply(p => new Dictionary<string, string>(StringComparer.Ordinal) { ["username"] = "root", ["password"] = p })), child));
        }

        var afterSecrets = child with { DependsOn = secrets };
        _ = new KubernetesResource<V1Service>($"{name}-peer", EtcdManifests.PeerService(t), child);
        var clientService = new KubernetesResource<V1Service>($"{name}-client", EtcdManifests.ClientService(t), child);
        var statefulSet = new KubernetesResource<V1StatefulSet>(name, EtcdManifests.StatefulSet(t, args), afterSecrets);
        _ = new KubernetesResource<V1PodDisruptionBudget>($"{name}-pdb", EtcdManifests.Budget(t), child);

        var afterCluster = child with { DependsOn = [.. secrets, statefulSet] };
        if (args.AuthEnabled)
        {
            _ = new KubernetesResource<V1Job>($"{name}-enable-auth", EtcdJobs.EnableAuth(t, args.Maintenance), afterCluster);
        }
        if (args.Maintenance is { } maintenance)
        {
            if (maintenance.DefragSchedule is { } defrag)
            {
                _ = new KubernetesResource<V1CronJob>($"{name}-defrag", EtcdJobs.Defrag(t, args, defrag), afterCluster);
            }
            if (maintenance.BackupSchedule is { } backup)
            {
                _ = new KubernetesResource<V1PersistentVolumeClaim>($"{name}-backup-claim", EtcdJobs.BackupClaim(t, maintenance.BackupStorage), child);
                _ = new KubernetesResource<V1CronJob>($"{name}-backup", EtcdJobs.Backup(t, args, maintenance, backup), afterCluster);
            }
        }

        ClientEndpoint = clientService.Object.Apply(_ => t.ClientEndpoint);
        MemberEndpoints = statefulSet.Object.Apply(_ => t.MemberEndpoints.ToImmutableArray());
        ClientTlsSecretName = Output.Create(t.Tls ? t.ClientTlsSecret : string.Empty);
        AuthSecretName = Output.Create(args.AuthEnabled ? t.AuthSecret : string.Empty);
        ClientPort = Output.Create(EtcdTopology.ClientPort);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clientEndpoint"] = ClientEndpoint,
            ["memberEndpoints"] = MemberEndpoints,
            ["caCertPem"] = CaCertPem,
            ["clientTlsSecretName"] = ClientTlsSecretName,
            ["authSecretName"] = AuthSecretName,
        });
    }

    /// <summary>The client Service URL, e.g. <c>https://etcd.data.svc.cluster.local:2379</c>.</summary>
    public Output<string> ClientEndpoint { get; }

    /// <summary>Every member's client URL (for clients that balance themselves).</summary>
    public Output<ImmutableArray<string>> MemberEndpoints { get; }

    /// <summary>The client port (2379).</summary>
    public Output<int> ClientPort { get; }

    /// <summary>The CA certificate clients trust (PEM), empty when TLS is off.</summary>
    public Output<string> CaCertPem { get; }

    /// <summary>The Secret with <c>ca.crt</c>, <c>tls.crt</c> and <c>tls.key</c> for clients, empty when TLS is off.</summary>
    public Output<string> ClientTlsSecretName { get; }

    /// <summary>The Secret with the root <c>username</c> and <c>password</c>, empty when auth is off.</summary>
    public Output<string> AuthSecretName { get; }

    private static ResourceOptions? Validated(string name, EtcdClusterArgs args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        EtcdArgsValidator.Check(name, args).ThrowIfAny();
        return options;
    }
}
