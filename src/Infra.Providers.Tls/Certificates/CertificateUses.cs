using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>The <c>allowedUses</c> names (as in Terraform's tls provider) mapped to key usages and extended key usages.</summary>
internal sealed record CertificateUses(X509KeyUsageFlags KeyUsages, IReadOnlyList<string> ExtendedUsageOids)
{
    private static readonly Dictionary<string, X509KeyUsageFlags> KeyUsageNames = new(StringComparer.Ordinal)
    {
        ["digital_signature"] = X509KeyUsageFlags.DigitalSignature,
        ["content_commitment"] = X509KeyUsageFlags.NonRepudiation,
        ["key_encipherment"] = X509KeyUsageFlags.KeyEncipherment,
        ["data_encipherment"] = X509KeyUsageFlags.DataEncipherment,
        ["key_agreement"] = X509KeyUsageFlags.KeyAgreement,
        ["cert_signing"] = X509KeyUsageFlags.KeyCertSign,
        ["crl_signing"] = X509KeyUsageFlags.CrlSign,
        ["encipher_only"] = X509KeyUsageFlags.EncipherOnly,
        ["decipher_only"] = X509KeyUsageFlags.DecipherOnly,
    };

    private static readonly Dictionary<string, string> ExtendedUsageNames = new(StringComparer.Ordinal)
    {
        ["any_extended"] = "2.5.29.37.0",
        ["server_auth"] = "1.3.6.1.5.5.7.3.1",
        ["client_auth"] = "1.3.6.1.5.5.7.3.2",
        ["code_signing"] = "1.3.6.1.5.5.7.3.3",
        ["email_protection"] = "1.3.6.1.5.5.7.3.4",
        ["ipsec_end_system"] = "1.3.6.1.5.5.7.3.5",
        ["ipsec_tunnel"] = "1.3.6.1.5.5.7.3.6",
        ["ipsec_user"] = "1.3.6.1.5.5.7.3.7",
        ["timestamping"] = "1.3.6.1.5.5.7.3.8",
        ["ocsp_signing"] = "1.3.6.1.5.5.7.3.9",
        ["microsoft_server_gated_crypto"] = "1.3.6.1.4.1.311.10.3.3",
        ["netscape_server_gated_crypto"] = "2.16.840.1.113730.4.1",
        ["microsoft_commercial_code_signing"] = "1.3.6.1.4.1.311.2.1.22",
        ["microsoft_kernel_code_signing"] = "1.3.6.1.4.1.311.61.1.1",
    };

    /// <summary>Every accepted name, for messages and documentation.</summary>
    internal static IEnumerable<string> KnownNames => KeyUsageNames.Keys.Concat(ExtendedUsageNames.Keys);

    internal static CertificateUses Parse(IReadOnlyList<string>? names, FieldErrors errors)
    {
        var keyUsages = X509KeyUsageFlags.None;
        var extended = new List<string>();
        names ??= [];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (KeyUsageNames.TryGetValue(name, out var flag))
            {
                keyUsages |= flag;
            }
            else if (ExtendedUsageNames.TryGetValue(name, out var oid))
            {
                if (!extended.Contains(oid))
                {
                    extended.Add(oid);
                }
            }
            else
            {
                errors.Add($"allowedUses[{i}]", $"'{name}' is not a known use; expected one of {string.Join(", ", KnownNames)}");
            }
        }

        return new CertificateUses(keyUsages, extended);
    }

    internal void AddTo(CertificateRequest request)
    {
        if (KeyUsages != X509KeyUsageFlags.None)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(KeyUsages, critical: true));
        }

        if (ExtendedUsageOids.Count > 0)
        {
            var oids = new OidCollection();
            foreach (var oid in ExtendedUsageOids)
            {
                oids.Add(new Oid(oid));
            }

            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(oids, critical: false));
        }
    }
}
