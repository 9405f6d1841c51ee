using k8s.Models;

namespace Infra.Components;

/// <summary>
/// Builds <c>kubernetes.io/tls</c> Secrets from certificate outputs. The values stay secret outputs: in render mode the
/// Kubernetes provider writes an external-secrets.io ExternalSecret that references them instead of plaintext.
/// </summary>
public static class TlsSecret
{
    /// <summary>A Secret holding <c>ca.crt</c>, <c>tls.crt</c> and <c>tls.key</c> of <paramref name="certificate"/>.</summary>
    public static Output<V1Secret> For(string name, string ns, IDictionary<string, string> labels, IssuedCertificate certificate) =>
        Output.Tuple<string, string, string>(certificate.CaCertPem, certificate.CertPem, certificate.PrivateKeyPem).Apply(pems => new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Type = "kubernetes.io/tls",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
            StringData = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ca.crt"] = pems.Item1,
                ["tls.crt"] = pems.Item2,
                ["tls.key"] = pems.Item3,
            },
        });

    /// <summary>An opaque Secret with the given string values (all treated as secret).</summary>
    public static Output<V1Secret> Opaque(string name, string ns, IDictionary<string, string> labels, Output<Dictionary<string, string>> values) =>
        values.Apply(v => new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Type = "Opaque",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
            StringData = v,
        }).AsSecret();
}
