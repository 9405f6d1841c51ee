using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>The <c>SelfSignedCert</c> resource: a certificate signed by its own key, typically a CA.</summary>
internal sealed class SelfSignedCertHandler : CertificateHandler
{
    private static readonly string[] Flags = ["isCaCertificate", "setSubjectKeyId", "setAuthorityKeyId"];

    internal override string Type => TlsTypes.SelfSignedCert;

    internal override IReadOnlyList<string> InputNames { get; } =
    [
        "privateKeyPem", "subject", "validityPeriodHours", "allowedUses", "dnsNames", "ipAddresses", "uris",
        "isCaCertificate", "earlyRenewalHours", "setSubjectKeyId", "setAuthorityKeyId",
    ];

    internal override IReadOnlyList<string> SecretInputs { get; } = ["privateKeyPem"];

    internal override IReadOnlyList<(string Key, PropertyValue Value)> Defaults { get; } = CertificateDefaults.Create(
        ("isCaCertificate", false), ("setSubjectKeyId", true), ("setAuthorityKeyId", false));

    protected override void Validate(InputReader reader)
    {
        CertificateInputs.CheckKey(reader, "privateKeyPem");
        CertificateInputs.CheckSubjectAndNames(reader);
        CertificateInputs.CheckIssuance(reader, Flags);
    }

    protected override TlsResult<GeneratedResource> Generate(InputReader reader, DateTimeOffset now)
    {
        var args = new SelfSignedCertArgs(
            reader.String("privateKeyPem")!,
            CertificateInputs.Subject(reader)!,
            reader.Integer("validityPeriodHours")!.Value,
            reader.Strings("allowedUses")!)
        {
            DnsNames = reader.Strings("dnsNames")!,
            IpAddresses = reader.Strings("ipAddresses")!,
            Uris = reader.Strings("uris")!,
            IsCaCertificate = reader.Bool("isCaCertificate", fallback: false)!.Value,
            EarlyRenewalHours = reader.Integer("earlyRenewalHours", fallback: 0)!.Value,
            SetSubjectKeyId = reader.Bool("setSubjectKeyId", fallback: true)!.Value,
            SetAuthorityKeyId = reader.Bool("setAuthorityKeyId", fallback: false)!.Value,
        };
        return ToGenerated(SelfSignedCertificate.Create(args, now));
    }
}
