using System.Security.Cryptography;
using System.Text;
using Infra.Kubernetes;
using k8s.Models;

namespace Infra.Components.Vault;

/// <summary>
/// A highly available Vault on Kubernetes: integrated storage (raft) with a <c>retry_join</c> per peer, a TLS listener
/// with certificates from the TLS provider, auto-unseal (transit, AWS KMS or GCP KMS), a file audit device volume,
/// Service plus active/standby and headless Services, a quorum PodDisruptionBudget, anti-affinity, probes, non-root
/// pods and an optional Agent injector. The HCL config lives in a ConfigMap without secrets. Invalid arguments throw a
/// <see cref="ConfigException"/> naming them.
/// </summary>
public sealed class VaultCluster : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:components:VaultCluster";

    /// <summary>Creates the cluster's resources.</summary>
    /// <param name="name">The cluster name (an RFC 1123 label; also the StatefulSet and main Service name).</param>
    /// <param name="args">The cluster's settings.</param>
    /// <param name="options">Resource options.</param>
    public VaultCluster(string name, VaultClusterArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var t = new VaultTopology(name, args.Namespace, args.Replicas, args.TlsEnabled);
        var child = new ResourceOptions { Parent = this };
        var prerequisites = new List<Resource>();

        if (t.Tls)
        {
            var ca = new CertificateAuthority($"{name}-ca", $"{name} Vault CA", options: child);
            var server = new IssuedCertificate($"{name}-server", ca, $"{name}.{t.Namespace}.svc", t.CertificateDnsNames, options: child);
            prerequisites.Add(new KubernetesResource<V1Secret>($"{name}-tls", TlsSecret.For(t.TlsSecret, t.Namespace, t.Labels, server), child));
            CaCertPem = ca.CertPem;
        }
        else
        {
            CaCertPem = Output.Create(string.Empty);
        }

        var hcl = VaultConfigHcl.Render(t, args);
        prerequisites.Add(new KubernetesResource<V1ServiceAccount>($"{name}-sa", VaultManifests.ServiceAccount(t), child));
        prerequisites.Add(new KubernetesResource<V1Role>($"{name}-discovery-role", VaultManifests.Role(t), child));
        prerequisites.Add(new KubernetesResource<V1RoleBinding>($"{name}-discovery-binding", VaultManifests.RoleBinding(t), child));
        prerequisites.Add(new KubernetesResource<V1ConfigMap>($"{name}-config", VaultManifests.ConfigMap(t, hcl), child));
        _ = new KubernetesResource<V1Service>($"{name}-service", VaultManifests.Service(t, name, active: null), child);
        var active = new KubernetesResource<V1Service>($"{name}-active", VaultManifests.Service(t, $"{name}-active", active: true), child);
        _ = new KubernetesResource<V1Service>($"{name}-standby", VaultManifests.Service(t, $"{name}-standby", active: false), child);
        _ = new KubernetesResource<V1Service>($"{name}-internal", VaultManifests.Service(t, t.InternalService, active: null, headless: true), child);
        var statefulSet = new KubernetesResource<V1StatefulSet>(name,
            VaultManifests.StatefulSet(t, args, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hcl)))[..16]),
            child with { DependsOn = prerequisites });
        _ = new KubernetesResource<V1PodDisruptionBudget>($"{name}-pdb", VaultManifests.Budget(t), child);

        if (args.Audit is { Enabled: true, EnableTokenSecretName: { } tokenSecret })
        {
            _ = new KubernetesResource<V1Job>($"{name}-enable-audit", VaultManifests.EnableAudit(t, args, tokenSecret), child with { DependsOn = [statefulSet] });
        }

        if (args.InjectorEnabled)
        {
            var sa = new KubernetesResource<V1ServiceAccount>($"{name}-injector-sa", VaultInjector.ServiceAccount(t), child);
            var role = new KubernetesResource<V1ClusterRole>($"{name}-injector-role", VaultInjector.ClusterRole(t), child);
            var binding = new KubernetesResource<V1ClusterRoleBinding>($"{name}-injector-binding", VaultInjector.ClusterRoleBinding(t), child);
            _ = new KubernetesResource<V1Service>($"{name}-injector-service", VaultInjector.Service(t), child);
            var deployment = new KubernetesResource<V1Deployment>($"{name}-injector", VaultInjector.Deployment(t, args), child with { DependsOn = [sa, role, binding] });
            _ = new KubernetesResource<V1MutatingWebhookConfiguration>($"{name}-injector-webhook", VaultInjector.Webhook(t), child with { DependsOn = [deployment] });
        }

        Endpoint = statefulSet.Object.Apply(_ => t.Endpoint);
        ActiveEndpoint = active.Object.Apply(_ => t.ActiveEndpoint);
        TlsSecretName = Output.Create(t.Tls ? t.TlsSecret : string.Empty);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["endpoint"] = Endpoint,
            ["activeEndpoint"] = ActiveEndpoint,
            ["caCertPem"] = CaCertPem,
            ["tlsSecretName"] = TlsSecretName,
        });
    }

    /// <summary>The API URL over every unsealed node, e.g. <c>https://vault.vault.svc.cluster.local:8200</c>.</summary>
    public Output<string> Endpoint { get; }

    /// <summary>The API URL of the active node only.</summary>
    public Output<string> ActiveEndpoint { get; }

    /// <summary>The CA certificate clients trust (PEM), empty when TLS is off.</summary>
    public Output<string> CaCertPem { get; }

    /// <summary>The Secret with the listener's <c>ca.crt</c>, <c>tls.crt</c> and <c>tls.key</c>, empty when TLS is off.</summary>
    public Output<string> TlsSecretName { get; }

    private static ResourceOptions? Validated(string name, VaultClusterArgs args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        VaultArgsValidator.Check(name, args).ThrowIfAny();
        return options;
    }
}
