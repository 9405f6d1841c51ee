using System.Security.Cryptography;
using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>The <c>LocallySignedCert</c> resource: a certificate issued from a signing request by a local CA.</summary>
internal sealed class LocallySignedCertHandler : CertificateHandler
{
    private static readonly string[] Flags = ["isCaCertificate", "setSubjectKeyId"];

    internal override string Type => TlsTypes.LocallySignedCert;

    internal override IReadOnlyList<string> InputNames { get; } =
    [
        "certRequestPem", "caCertPem", "caPrivateKeyPem", "validityPeriodHours", "allowedUses",
        "isCaCertificate", "earlyRenewalHours", "setSubjectKeyId",
    ];

    internal override IReadOnlyList<string> SecretInputs { get; } = ["caPrivateKeyPem"];

    internal override IReadOnlyList<(string Key, PropertyValue Value)> Defaults { get; } = CertificateDefaults.Create(
        ("isCaCertificate", false), ("setSubjectKeyId", true));

    protected override void Validate(InputReader reader)
    {
        var errors = reader.Errors;
        var caKeyPem = reader.String("caPrivateKeyPem", required: true);
        var loadedKey = caKeyPem is null ? null : SigningKeyLoader.Load(caKeyPem, "caPrivateKeyPem");
        using var caKey = loadedKey?.Value;
        errors.AddRange(loadedKey?.Errors ?? []);
        var caCertPem = reader.String("caCertPem", required: true);
        using var caCert = caCertPem is null ? null : CertificateLoader.Load(caCertPem, "caCertPem", errors);
        if (caCert is not null)
        {
            LocallySignedCertificate.CheckIssuer(caCert, caKey, errors);
        }
        if (reader.String("certRequestPem", required: true) is { } requestPem)
        {
            SigningRequestLoader.Load(requestPem, caKey?.Hash ?? HashAlgorithmName.SHA256, errors);
        }
        CertificateInputs.CheckIssuance(reader, Flags);
    }

    protected override TlsResult<GeneratedResource> Generate(InputReader reader, DateTimeOffset now)
    {
        var args = new LocallySignedCertArgs(
            reader.String("certRequestPem")!,
            reader.String("caCertPem")!,
            reader.String("caPrivateKeyPem")!,
            reader.Integer("validityPeriodHours")!.Value,
            reader.Strings("allowedUses")!)
        {
            IsCaCertificate = reader.Bool("isCaCertificate", fallback: false)!.Value,
            EarlyRenewalHours = reader.Integer("earlyRenewalHours", fallback: 0)!.Value,
            SetSubjectKeyId = reader.Bool("setSubjectKeyId", fallback: true)!.Value,
        };
        return ToGenerated(LocallySignedCertificate.Create(args, now));
    }
}
