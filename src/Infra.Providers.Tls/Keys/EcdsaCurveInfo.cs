using System.Security.Cryptography;

namespace Infra.Providers.Tls;

/// <summary>A supported NIST curve: its user-facing name, OID, OpenSSH name and signing hash.</summary>
internal sealed record EcdsaCurveInfo(string Name, string Oid, string SshName, HashAlgorithmName Hash)
{
    internal static readonly IReadOnlyList<EcdsaCurveInfo> Supported =
    [
        new("P256", "1.2.840.10045.3.1.7", "nistp256", HashAlgorithmName.SHA256),
        new("P384", "1.3.132.0.34", "nistp384", HashAlgorithmName.SHA384),
        new("P521", "1.3.132.0.35", "nistp521", HashAlgorithmName.SHA512),
    ];

    internal ECCurve Curve => ECCurve.CreateFromValue(Oid);

    internal static EcdsaCurveInfo? ByName(string name) =>
        Supported.FirstOrDefault(c => string.Equals(c.Name, name.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    internal static EcdsaCurveInfo? ByOid(string? oid) => Supported.FirstOrDefault(c => c.Oid == oid);
}
