using Infra.Vault;

namespace Infra.Components.Vault;

/// <summary>
/// A Vault's day-one configuration: kv-v2 (<c>secret</c>), transit and a two-level PKI (root in <c>pki</c>, intermediate
/// in <c>pki-int</c> with a <c>workload</c> role under one domain), the kubernetes auth method, and per workload a
/// least-privilege policy plus a Kubernetes auth role bound to its service account (and its own transit key when asked).
/// Every resource uses one explicit <see cref="VaultConnection"/> built from the arguments, which may be outputs of
/// the <see cref="VaultCluster"/> that runs Vault. Invalid arguments throw a <see cref="ConfigException"/> naming them.
/// </summary>
public sealed class VaultBaseline : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "infra:components:VaultBaseline";

    /// <summary>Creates the configuration's resources.</summary>
    /// <param name="name">The component name.</param>
    /// <param name="args">Where Vault is and which workloads need access.</param>
    /// <param name="options">Resource options.</param>
    public VaultBaseline(string name, VaultBaselineArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var child = new ResourceOptions { Parent = this };
        var connection = new VaultConnection { Address = args.Address, CaCertPem = args.CaCertPem, Token = args.Token, Apply = args.Apply };

        var kv = new Mount($"{name}-kv", new MountArgs { Connection = connection, Path = VaultPolicies.KvMount, Type = "kv-v2", Description = "workload secrets" }, child);
        var transit = new Mount($"{name}-transit", new MountArgs { Connection = connection, Path = VaultPolicies.TransitMount, Type = "transit", Description = "workload encryption keys" }, child);
        var rootMount = new Mount($"{name}-pki", new MountArgs { Connection = connection, Path = "pki", Type = "pki", Description = "root CA", MaxLeaseTtlSeconds = 10 * 365 * 86400 }, child);
        var intMount = new Mount($"{name}-pki-int", new MountArgs { Connection = connection, Path = VaultPolicies.IntermediateMount, Type = "pki", Description = "issuing CA", MaxLeaseTtlSeconds = 365 * 86400 }, child);
        var root = new PkiRootCert($"{name}-root-ca", new PkiRootCertArgs
        {
            Connection = connection,
            Mount = rootMount.Path,
            CommonName = $"{args.Organization} Root CA",
            Organization = args.Organization,
            IssuerName = "root",
            TtlSeconds = 10 * 365 * 86400,
        }, child);
        var intermediate = new PkiIntermediate($"{name}-issuing-ca", new PkiIntermediateArgs
        {
            Connection = connection,
            Mount = intMount.Path,
            SignerMount = root.Mount,
            SignerIssuerRef = root.IssuerId,
            CommonName = $"{args.Organization} Issuing CA",
            Organization = args.Organization,
            IssuerName = "issuing",
            TtlSeconds = 365 * 86400,
        }, child);
        _ = new PkiRole($"{name}-workload-certs", new PkiRoleArgs
        {
            Connection = connection,
            Mount = intermediate.Mount,
            Name = VaultPolicies.CertificateRole,
            IssuerRef = intermediate.IssuerId,
            AllowedDomains = [args.CertificateDomain],
            AllowSubdomains = true,
            ServerFlag = true,
            ClientFlag = true,
            KeyType = "ec",
            KeyBits = 256,
            TtlSeconds = 86400,
            MaxTtlSeconds = 30 * 86400,
        }, child);
        var kubernetes = new AuthBackend($"{name}-kubernetes", new AuthBackendArgs
        {
            Connection = connection,
            Type = "kubernetes",
            Path = "kubernetes",
            Config = new Dictionary<string, string>(StringComparer.Ordinal) { ["kubernetes_host"] = args.KubernetesHost },
        }, child);

        foreach (var workload in args.Workloads)
        {
            var policy = new Policy($"{name}-{workload.Name}-policy", new PolicyArgs { Connection = connection, Name = workload.Name, PolicyText = VaultPolicies.For(workload) },
                child with { DependsOn = [kv, transit, intMount] });
            _ = new KubernetesAuthRole($"{name}-{workload.Name}-login", new KubernetesAuthRoleArgs
            {
                Connection = connection,
                Backend = kubernetes.Path,
                Name = workload.Name,
                BoundServiceAccountNames = [workload.ServiceAccount],
                BoundServiceAccountNamespaces = [workload.Namespace],
                TokenPolicies = new InputList<string> { policy.PolicyName },
                TokenTtlSeconds = workload.TokenTtlSeconds,
            }, child);
            if (workload.TransitKey)
            {
                _ = new TransitKey($"{name}-{workload.Name}-key", new TransitKeyArgs { Connection = connection, Mount = transit.Path, Name = workload.Name }, child);
            }
        }

        RootCaCertPem = root.Certificate;
        IssuingCaCertPem = intermediate.Certificate;
        RegisterOutputs(new Dictionary<string, object?> { ["rootCaCertPem"] = RootCaCertPem, ["issuingCaCertPem"] = IssuingCaCertPem });
    }

    /// <summary>The root CA certificate (PEM); unknown until Vault is configured.</summary>
    public Output<string> RootCaCertPem { get; }

    /// <summary>The issuing (intermediate) CA certificate (PEM).</summary>
    public Output<string> IssuingCaCertPem { get; }

    private static ResourceOptions? Validated(string name, VaultBaselineArgs args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var check = new ArgumentCheck($"VaultBaseline '{name}'")
            .Require(Uri.TryCreate(args.KubernetesHost, UriKind.Absolute, out _), nameof(args.KubernetesHost), $"must be an absolute URL, got '{args.KubernetesHost}'")
            .Require(args.CertificateDomain.Length > 0 && !args.CertificateDomain.StartsWith('.'), nameof(args.CertificateDomain), $"must be a domain like svc.cluster.local, got '{args.CertificateDomain}'");
        for (var i = 0; i < args.Workloads.Count; i++)
        {
            var workload = args.Workloads[i];
            check.DnsLabel(workload.Name, $"{nameof(args.Workloads)}[{i}].{nameof(workload.Name)}")
                .DnsLabel(workload.Namespace, $"{nameof(args.Workloads)}[{i}].{nameof(workload.Namespace)}")
                .Require(workload.ServiceAccount.Length > 0, $"{nameof(args.Workloads)}[{i}].{nameof(workload.ServiceAccount)}", "is required")
                .Require(args.Workloads.Take(i).All(w => w.Name != workload.Name), $"{nameof(args.Workloads)}[{i}].{nameof(workload.Name)}", $"'{workload.Name}' is listed twice");
        }
        check.ThrowIfAny();
        return options;
    }
}
